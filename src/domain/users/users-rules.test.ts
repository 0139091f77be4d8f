import { describe, expect, it } from 'vitest'
import { maskPhone, phoneTail } from './mask-phone'
import { defaultNickname } from './default-nickname'
import { hasCurrentPrivacyConsent } from './consent'
import { PRIVACY_POLICY_VERSION } from '../contracts/users'
import { readUserSearch, USER_SEARCH_MAX } from './user-search'

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

describe('the admins’ user search', () => {
  it('reads a whole 用户编号 however it was pasted or read out, and finds that person only', () => {
    const id = 'aaaddb2036c236b41da3e439'
    expect(readUserSearch(id)).toEqual({ kind: 'user-id', userId: id })
    expect(readUserSearch(' AAADDB20 36C236B4 1DA3E439 ')).toEqual({ kind: 'user-id', userId: id })
    expect(readUserSearch(' '.repeat(3) + id + ' '.repeat(15)).kind).toBe('user-id')
    // A few digits short is not a 用户编号: it is looked for in nicknames.
    expect(readUserSearch(id.slice(0, 20))).toEqual({ kind: 'nickname', text: id.slice(0, 20) })
  })

  it('reads four digits as a phone tail, nothing as everyone, and the rest as part of a nickname', () => {
    expect(readUserSearch(' 4321 ')).toEqual({ kind: 'phone-tail', tail: '4321' })
    expect(readUserSearch('  ')).toEqual({ kind: 'everyone' })
    expect(readUserSearch('张 师傅')).toEqual({ kind: 'nickname', text: '张 师傅' })
  })

  it('has room for a 用户编号 pasted with spaces', () => {
    expect(USER_SEARCH_MAX).toBeGreaterThanOrEqual(' aaaddb20 36c236b4 1da3e439 '.length)
  })
})
