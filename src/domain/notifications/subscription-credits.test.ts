import { describe, expect, it } from 'vitest'
import { afterDecision, maySend, NO_SUBSCRIPTION, turnedOff } from './subscription-credits'
import { SUBSCRIBE_TEMPLATES, TEMPLATE_ID_PATTERN } from './subscribe-templates'

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

describe('the template catalogue', () => {
  it('names each field with its WeChat type and position', () => {
    for (const template of Object.values(SUBSCRIBE_TEMPLATES)) {
      for (const field of template.fields) expect(field.key, `${template.key}.${field.key}`).toMatch(new RegExp(`^${field.type}\\d+$`))
      expect(new Set(template.fields.map(field => field.key)).size).toBe(template.fields.length)
    }
  })

  it('gives each template its own key and its own environment variable for the WeChat id', () => {
    const templates = Object.values(SUBSCRIBE_TEMPLATES)
    expect(Object.keys(SUBSCRIBE_TEMPLATES)).toEqual(templates.map(template => template.key))
    expect(new Set(templates.map(template => template.envVariable)).size).toBe(templates.length)
    for (const template of templates) expect(template.envVariable).toMatch(/^SUBSCRIBE_TEMPLATE_[A-Z_]+$/)
  })

  it('recognise a template id from the console and not a placeholder left unfilled', () => {
    expect(TEMPLATE_ID_PATTERN.test('zun-LzcQyW-edafCVvzPkK4de2Rllr1fFpw2A_x0oXE')).toBe(true)
    expect(TEMPLATE_ID_PATTERN.test('{{env.SUBSCRIBE_TEMPLATE_BULLETIN_NEW_ISSUE}}')).toBe(false)
  })
})
