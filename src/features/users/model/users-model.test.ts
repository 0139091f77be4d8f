import { describe, expect, it } from 'vitest'
import { PRIVACY_POLICY_VERSION } from '../../../domain/contracts/users'
import { workerProfile } from '../../../../test/client/users-fixtures'
import { collectionLabel } from './collection-labels'
import { needsConsentPrompt } from './consent-prompt'
import { consentStatus } from './consent-status'
import { roleLabel } from './role-label'

const decidedAt = '2026-11-03T06:05:00.000Z'

describe('first-visit consent prompt', () => {
  it('asks on a phone that never agreed, before anything is loaded', () => {
    expect(needsConsentPrompt({ status: 'idle' }, null, false)).toBe(true)
  })

  it('asks again on this phone when the policy version changed', () => {
    expect(needsConsentPrompt({ status: 'idle' }, '2020-01', false)).toBe(true)
  })

  it('does not ask a phone that agreed to the current version', () => {
    expect(needsConsentPrompt({ status: 'idle' }, PRIVACY_POLICY_VERSION, false)).toBe(false)
  })

  it('follows the server once the profile is loaded (withdrawn elsewhere → ask)', () => {
    const withdrawn = workerProfile({ consents: { 'privacy-policy': { version: PRIVACY_POLICY_VERSION, granted: false, decidedAt } } })
    const granted = workerProfile({ consents: { 'privacy-policy': { version: PRIVACY_POLICY_VERSION, granted: true, decidedAt } } })
    expect(needsConsentPrompt({ status: 'ready', profile: withdrawn }, PRIVACY_POLICY_VERSION, false)).toBe(true)
    expect(needsConsentPrompt({ status: 'ready', profile: granted }, null, false)).toBe(false)
  })

  it('stays away for the rest of the launch after 暂不同意', () => {
    expect(needsConsentPrompt({ status: 'idle' }, null, true)).toBe(false)
  })

  it('does not ask while the profile is loading or failed to load', () => {
    expect(needsConsentPrompt({ status: 'loading' }, null, false)).toBe(false)
    expect(needsConsentPrompt({ status: 'error', error: new Error('x') }, null, false)).toBe(false)
  })
})

describe('consent status', () => {
  it('shows a granted consent to the current version with its Shanghai date', () => {
    const status = consentStatus({ 'privacy-policy': { version: PRIVACY_POLICY_VERSION, granted: true, decidedAt } }, 'privacy-policy')
    expect(status).toMatchObject({ state: 'granted', tone: 'success', label: '已同意' })
    expect(status.detail).toContain('2026年11月3日 14:05')
  })

  it('says a consent to an older version needs confirming again', () => {
    expect(consentStatus({ 'privacy-policy': { version: '2025-01', granted: true, decidedAt } }, 'privacy-policy').state).toBe('outdated')
  })

  it('shows a withdrawal as such', () => {
    expect(consentStatus({ 'privacy-policy': { version: PRIVACY_POLICY_VERSION, granted: false, decidedAt } }, 'privacy-policy').label).toBe('已撤回')
  })

  it('shows no decision as 未同意', () => {
    expect(consentStatus({}, 'case-description')).toMatchObject({ state: 'none', label: '未同意' })
  })
})


describe('words', () => {
  it('names every role the way people say it', () => {
    expect([roleLabel('worker'), roleLabel('staff'), roleLabel('lawyer'), roleLabel('admin')]).toEqual(['职工', '工会工作人员', '律师', '管理员'])
  })

  it('names known collections in words, and one it does not know without its name', () => {
    expect(collectionLabel('enrollments')).toBe('课程报名')
    expect(collectionLabel('new_things')).toBe('其他记录')
  })
})
