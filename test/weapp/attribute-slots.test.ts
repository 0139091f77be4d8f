import { describe, expect, it } from 'vitest'
import { runtimeAttributeSlots, templateAttributeSlots } from './harness/component-attribute-slots'
import { WEAPP_BUILD_DIR } from './weapp-stack'

/**
 * Taro numbers each component's props from its attribute list twice: in the generated templates
 * (base.wxml reads `aria-label` from `i.p5`) and in the runtime that fills them. When the two
 * lists differ, every prop after the difference is written under another attribute's slot: a
 * button's open-type lands in `name`, and WeChat never sees the privacy agreement.
 */
describe('the weapp build\'s component attribute numbering', () => {
  const templates = templateAttributeSlots(WEAPP_BUILD_DIR)
  const runtime = runtimeAttributeSlots(WEAPP_BUILD_DIR)

  it('covers the components the pages use', () => {
    expect([...templates.values()].map(entry => entry.component)).toEqual(expect.arrayContaining(['view', 'text', 'button', 'input', 'switch', 'textarea', 'map']))
  })

  it('is the same in the runtime as in base.wxml, for every attribute of every component used', () => {
    const mismatches: string[] = []
    for (const [number, template] of templates) {
      const written = runtime.get(number)
      if (written === undefined) {
        mismatches.push(`${template.component} (#${number}): the runtime has no component with this number`)
        continue
      }
      for (const [attribute, slot] of template.slots) {
        const runtimeSlot = written.slots.get(attribute)
        if (runtimeSlot !== slot) mismatches.push(`${template.component} (#${number}) ${attribute}: base.wxml reads ${slot}, the runtime writes ${runtimeSlot ?? 'nowhere'}`)
      }
    }
    expect(mismatches).toEqual([])
  })
})
