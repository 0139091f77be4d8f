import { describe, expect, it } from 'vitest'
import { afterDecision, maySend, NO_SUBSCRIPTION, turnedOff } from './subscription-credits'
import { NEW_BULLETIN_TEMPLATE, SUBSCRIBE_TEMPLATES, TEMPLATE_ID_PATTERN } from './subscribe-templates'

describe('subscribe-message credits', () => {
  it('grant one message per 允许 and turn the switch on', () => {
    const once = afterDecision(NO_SUBSCRIPTION, 'accept')
    expect(once).toEqual({ enabled: true, credits: 1 })
    expect(afterDecision(once, 'accept')).toEqual({ enabled: true, credits: 2 })
    expect(maySend(once)).toBe(true)
  })

  it('change nothing on a no, a banned or a filtered template', () => {
    const on = { enabled: true, credits: 2 }
    for (const decision of ['reject', 'ban', 'filter'] as const) expect(afterDecision(on, decision)).toEqual(on)
    expect(afterDecision(NO_SUBSCRIPTION, 'reject')).toEqual(NO_SUBSCRIPTION)
  })

  it('send nothing once turned off, nor without credits, and keep credits for later', () => {
    const off = turnedOff({ enabled: true, credits: 3 })
    expect(off).toEqual({ enabled: false, credits: 3 })
    expect(maySend(off)).toBe(false)
    expect(maySend({ enabled: true, credits: 0 })).toBe(false)
  })
})

describe('templates as data', () => {
  it('name their fields with WeChat’s type prefixes and caps', () => {
    expect(NEW_BULLETIN_TEMPLATE.fields.map((field) => field.key)).toEqual(['thing1', 'thing2', 'date3'])
    expect(NEW_BULLETIN_TEMPLATE.fields.every((field) => /^(thing|date)\d+$/.test(field.key) && field.maxChars === 20)).toBe(true)
    expect(Object.keys(SUBSCRIBE_TEMPLATES)).toEqual(['bulletin-new-issue'])
  })

  it('recognise a template id from the console and not a placeholder left unfilled', () => {
    expect(TEMPLATE_ID_PATTERN.test('zun-LzcQyW-edafCVvzPkK4de2Rllr1fFpw2A_x0oXE')).toBe(true)
    expect(TEMPLATE_ID_PATTERN.test('{{env.SUBSCRIBE_TEMPLATE_BULLETIN_NEW_ISSUE}}')).toBe(false)
  })
})
