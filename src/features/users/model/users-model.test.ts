import { describe, expect, it } from 'vitest'
import { PRIVACY_POLICY_VERSION } from '../../../domain/contracts/users'
import { workerProfile } from '../../../../test/client/users-fixtures'
import { collectionLabel } from './collection-labels'
import { needsConsentPrompt } from './consent-prompt'
import { consentStatus } from './consent-status'
import { exportAsText, groupExport } from './data-export-view'
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

describe('data export view', () => {
  const exported = {
    generatedAt: decidedAt,
    records: {
      users: [{ nickname: '老王', largeText: true, phone: null }],
      enrollments: [],
      legal_cases: [{ status: 'booked', slot: { date: '2026-11-05' } }],
    },
  }

  it('groups records by collection in words, leaving out empty ones', () => {
    const groups = groupExport(exported)
    expect(groups.map(group => group.title)).toEqual(['个人资料', '法律援助预约与咨询'])
    expect(groups[0]?.records[0]).toEqual([
      { field: 'nickname', value: '老王' },
      { field: 'largeText', value: '是' },
      { field: 'phone', value: '（空）' },
    ])
    expect(groups[1]?.records[0]?.[1]).toEqual({ field: 'slot', value: '{"date":"2026-11-05"}' })
  })

  it('writes the whole export as text a person can paste and keep', () => {
    const text = exportAsText(exported, '职工服务')
    expect(text).toContain('职工服务 个人数据副本')
    expect(text).toContain('生成时间：2026年11月3日 14:05')
    expect(text).toContain('【个人资料】共 1 条')
    expect(text).toContain('nickname：老王')
  })

  it('says so when nothing is held', () => {
    expect(exportAsText({ generatedAt: decidedAt, records: {} }, '职工服务')).toContain('没有保存您的任何记录')
  })
})

describe('words', () => {
  it('names every role the way people say it', () => {
    expect([roleLabel('worker'), roleLabel('staff'), roleLabel('lawyer'), roleLabel('admin')]).toEqual(['职工', '工会工作人员', '律师', '管理员'])
  })

  it('names known collections and keeps unknown ones as they are', () => {
    expect(collectionLabel('enrollments')).toBe('课程报名')
    expect(collectionLabel('new_things')).toBe('new_things')
  })
})
