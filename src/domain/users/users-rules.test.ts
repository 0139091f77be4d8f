import { describe, expect, it } from 'vitest'
import { maskPhone, phoneTail } from './mask-phone'
import { defaultNickname } from './default-nickname'
import { hasCurrentPrivacyConsent } from './consent'
import { PRIVACY_POLICY_VERSION } from '../contracts/users'

describe('phone masking', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13800138000')).toBe('138****8000')
  })

  it('hides every digit of a number too short to mask partially', () => {
    expect(maskPhone('12345')).toBe('*****')
  })

  it('gives staff the last four digits to find a caller', () => {
    expect(phoneTail('13800138000')).toBe('8000')
  })
})

describe('default nickname', () => {
  it('is 职工 followed by a stable code from the user id', () => {
    expect(defaultNickname('3f9a0c11aa')).toBe('职工3F9A')
    expect(defaultNickname('3f9a0c11aa')).toBe(defaultNickname('3f9a0c11aa'))
  })
})

describe('privacy consent', () => {
  const decidedAt = '2026-11-01T00:00:00.000Z'

  it('counts only a granted consent to the current policy version', () => {
    expect(hasCurrentPrivacyConsent({ 'privacy-policy': { version: PRIVACY_POLICY_VERSION, granted: true, decidedAt } })).toBe(true)
  })

  it('asks again after the policy changed', () => {
    expect(hasCurrentPrivacyConsent({ 'privacy-policy': { version: '2020-01', granted: true, decidedAt } })).toBe(false)
  })

  it('treats a withdrawn consent as none', () => {
    expect(hasCurrentPrivacyConsent({ 'privacy-policy': { version: PRIVACY_POLICY_VERSION, granted: false, decidedAt } })).toBe(false)
    expect(hasCurrentPrivacyConsent({})).toBe(false)
  })
})
