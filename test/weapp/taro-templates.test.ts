import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runtimeAttributeSlots } from './harness/component-attribute-slots'
import { startWeappStack, WEAPP_BUILD_DIR, type WeappStack } from './weapp-stack'

let stack: WeappStack

beforeAll(async () => {
  stack = await startWeappStack({ demoData: ['demo users'] })
})

afterAll(async () => {
  await stack?.stop()
})

/** The number the build's runtime gives a component (Taro's `nn`), as its templates know it. */
function componentNumber(name: string): string {
  const found = [...runtimeAttributeSlots(WEAPP_BUILD_DIR)].find(([, entry]) => entry.component === name)
  if (found === undefined) throw new Error(`the build's runtime has no ${name}`)
  return found[0]
}

describe('Taro\'s page data in the weapp build\'s templates', () => {
  it('renders a tree deeper than Taro\'s 15 template levels through its recursive comp component', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true, entry: 'pages/services/index' })
    await app.settle()
    const view = componentNumber('view')
    let node: Record<string, unknown> = { nn: componentNumber('#text'), v: '第二十层', sid: 'deep-text' }
    for (let level = 20; level > 0; level -= 1) node = { nn: view, sid: `deep-${level}`, cl: `level-${level}`, cn: [node] }
    app.currentInstance().setData({ 'root.cn': [node] })
    const text = await app.findByText('第二十层')
    const tags: string[] = []
    for (let element = text.parent; element !== null; element = element.parent) tags.push(element.tag)
    expect(tags).toContain('comp')
    app.close()
  })

  it('fails a test when a page sets an aria attribute its component\'s template does not bind', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true, entry: 'pages/services/index' })
    await app.settle()
    app.currentInstance().setData({ 'root.cn': [{ nn: componentNumber('view'), sid: 'described', ariaDescription: '说明' }] })
    expect(() => app.close()).toThrow(/sets ariaDescription on a component \(#\d+\) whose weapp template has no such attribute/)
  })
})
