import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DELETE_MY_DATA_CONFIRMATION, PRIVACY_POLICY_VERSION } from '../../src/domain/contracts/users'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { asAdmin, asStaff, asWorker, startTestStack, type TestStack } from '../support/test-stack'

let stack: TestStack

beforeAll(async () => {
  stack = await startTestStack()
})

afterAll(async () => {
  await stack.stop()
})

function expectOk<T>(response: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!response.ok) throw new Error(`expected ok, got ${response.error.code}: ${response.error.message}`)
  return response.data
}

describe('users: profiles', () => {
  it('creates a worker profile on the first visit, without exposing the openid', async () => {
    const caller = { openid: 'o-first-visit' }
    const profile = expectOk(await stack.call('users', 'getMe', {}, { as: caller }))
    expect(profile.role).toBe('worker')
    expect(profile.userId).toBe(userIdFor('o-first-visit'))
    expect(profile.nickname).toMatch(/^职工[0-9A-F]{4}$/)
    expect(JSON.stringify(profile)).not.toContain('o-first-visit')
    const again = expectOk(await stack.call('users', 'getMe', {}, { as: caller }))
    expect(again).toEqual(profile)
  })

  it('creates exactly one profile when many first requests race', async () => {
    const caller = { openid: 'o-racing' }
    const answers = await Promise.all(Array.from({ length: 12 }, () => stack.call('users', 'getMe', {}, { as: caller })))
    const ids = new Set(answers.map(answer => expectOk(answer).userId))
    expect(ids.size).toBe(1)
    expect(stack.emulator.database.find('users', { openid: 'o-racing' })).toHaveLength(1)
  })

  it('saves a chosen nickname and the large-text preference', async () => {
    const caller = { openid: 'o-prefs' }
    const profile = expectOk(await stack.call('users', 'updatePreferences', { nickname: '刘师傅', largeText: true }, { as: caller }))
    expect(profile).toMatchObject({ nickname: '刘师傅', largeText: true })
    expect(expectOk(await stack.call('users', 'getMe', {}, { as: caller }))).toMatchObject({ nickname: '刘师傅', largeText: true })
  })

  it('stores a nickname without NUL, right-to-left overrides or lone surrogates, in NFC', async () => {
    const caller = { openid: 'o-dirty-nickname' }
    const profile = expectOk(await stack.call('users', 'updatePreferences', { nickname: '\u202e刘\u0000师傅\ud800Cafe\u0301' }, { as: caller }))
    expect(profile.nickname).toBe('刘师傅Caf\u00e9')
    expect(stack.emulator.database.find('users', { openid: 'o-dirty-nickname' })[0]?.nickname).toBe('刘师傅Caf\u00e9')
  })

  it('records privacy consent with its version, and its withdrawal', async () => {
    const caller = { openid: 'o-consent' }
    const granted = expectOk(await stack.call('users', 'recordConsent', { kind: 'privacy-policy', version: PRIVACY_POLICY_VERSION, granted: true }, { as: caller }))
    expect(granted.consents['privacy-policy']).toMatchObject({ version: PRIVACY_POLICY_VERSION, granted: true })
    const withdrawn = expectOk(await stack.call('users', 'recordConsent', { kind: 'privacy-policy', version: PRIVACY_POLICY_VERSION, granted: false }, { as: caller }))
    expect(withdrawn.consents['privacy-policy']?.granted).toBe(false)
  })

  it('binds the phone number from the phone-number button and shows it masked', async () => {
    const profile = expectOk(await stack.call('users', 'bindPhone', { code: '13912345678' }, { as: { openid: 'o-phone' } }))
    expect(profile.phoneMasked).toBe('139****5678')
    const [stored] = stack.emulator.database.find('users', { openid: 'o-phone' })
    expect(stored?.phone).toBe('13912345678')
  })

  it('refuses a phone code WeChat rejects, changing nothing', async () => {
    const caller = { openid: 'o-phone-bad' }
    await stack.call('users', 'getMe', {}, { as: caller })
    const code = 'one-time-code-abc'
    expectOk(await stack.call('users', 'bindPhone', { code }, { as: caller }))
    const before = stack.snapshot()
    const reused = await stack.call('users', 'bindPhone', { code }, { as: caller })
    expect(reused).toMatchObject({ ok: false, error: { code: 'USERS.PHONE_CODE_INVALID' } })
    expect(stack.snapshot()).toBe(before)
  })
})

describe('users: my data', () => {
  it('exports everything held about the caller without internal identifiers', async () => {
    const caller = { openid: 'o-export' }
    expectOk(await stack.call('users', 'updatePreferences', { nickname: '导出测试' }, { as: caller }))
    const exported = expectOk(await stack.call('users', 'exportMyData', {}, { as: caller }))
    expect(exported.records.users).toHaveLength(1)
    expect(exported.records.users?.[0]).toMatchObject({ nickname: '导出测试', role: 'worker' })
    expect(JSON.stringify(exported)).not.toContain('o-export')
  })

  it('deletes the caller’s data and starts afresh on the next visit', async () => {
    const caller = { openid: 'o-delete' }
    expectOk(await stack.call('users', 'updatePreferences', { nickname: '要删除的人' }, { as: caller }))
    const report = expectOk(await stack.call('users', 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { as: caller }))
    expect(report.removed.users).toBe(1)
    expect(stack.emulator.database.find('users', { openid: 'o-delete' })).toHaveLength(0)
    const fresh = expectOk(await stack.call('users', 'getMe', {}, { as: caller }))
    expect(fresh.nickname).not.toBe('要删除的人')
  })

  it('deletes the photos the caller uploaded and keeps their report without them', async () => {
    const caller = { openid: 'o-delete-photo' }
    const userId = expectOk(await stack.call('users', 'getMe', {}, { as: caller })).userId
    const { fileID } = await stack.app.uploadFile({ cloudPath: `station-reports/${userId}/2026-11/delete-me.jpg`, fileContent: Buffer.from('jpeg') })
    const { fileID: othersPhoto } = await stack.app.uploadFile({ cloudPath: 'station-reports/someone-else/2026-11/someone-else.jpg', fileContent: Buffer.from('jpeg') })
    await stack.db.collection('station_feedback').add([
      { _id: 'r-delete-photo', stationId: 's-1', kind: 'closed', state: 'open', reporterUserId: userId, note: '门锁着', photo: fileID },
      { _id: 'r-keep-photo', stationId: 's-1', kind: 'closed', state: 'open', reporterUserId: 'someone-else', note: '也锁着', photo: othersPhoto },
    ])

    const report = expectOk(await stack.call('users', 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { as: caller }))

    expect(report.filesDeleted).toBe(1)
    expect(report.removed.station_feedback).toBe(1)
    expect(stack.emulator.storage.read(fileID)).toBeUndefined()
    expect(stack.emulator.storage.read(othersPhoto)).toBeDefined()
    const [kept] = stack.emulator.database.find('station_feedback', { _id: 'r-delete-photo' })
    expect(kept).toMatchObject({ kind: 'closed', reporterUserId: null })
    expect(kept).not.toHaveProperty('photo')
    expect(kept).not.toHaveProperty('note')
  })

  it('refuses deletion without the typed confirmation', async () => {
    const response = await stack.callRaw('users', { action: 'deleteMyData', payload: { confirmation: '删除' } }, { openid: 'o-delete-2' })
    expect(response).toMatchObject({ ok: false, error: { code: 'COMMON.INVALID_PAYLOAD' } })
  })
})

describe('users: roles', () => {
  it('lets an admin find a person and raise their role, and audits it', async () => {
    expectOk(await stack.call('users', 'updatePreferences', { nickname: '新来的干事' }, { as: { openid: 'o-new-staff' } }))
    const found = expectOk(await stack.call('users', 'listUsers', { search: '新来的' }, { as: asAdmin }))
    expect(found.items.map(item => item.nickname)).toEqual(['新来的干事'])
    const userId = found.items[0]?.userId ?? ''
    const changed = expectOk(await stack.call('users', 'setRole', { userId, role: 'staff' }, { as: asAdmin, requestId: 'set-role-0001' }))
    expect(changed.role).toBe('staff')
    expect(expectOk(await stack.call('users', 'getMe', {}, { as: { openid: 'o-new-staff' } })).role).toBe('staff')
    const [audit] = stack.emulator.database.find('audit_logs', { action: 'setRole' })
    expect(audit).toMatchObject({ functionName: 'users', actorUserId: userIdFor('demo-admin'), actorRole: 'admin', target: { userId, from: 'worker', to: 'staff' } })
  })

  it('finds a person by the last four digits of their phone', async () => {
    expectOk(await stack.call('users', 'bindPhone', { code: '13700004321' }, { as: { openid: 'o-tail' } }))
    const found = expectOk(await stack.call('users', 'listUsers', { search: '4321' }, { as: asAdmin }))
    expect(found.items).toHaveLength(1)
    expect(found.items[0]?.phoneTail).toBe('4321')
  })

  it('finds a person by the 用户编号 their 我的 page shows, however it was pasted', async () => {
    const person = expectOk(await stack.call('users', 'getMe', {}, { as: { openid: 'o-read-out-id' } }))
    expect(person.userId).toMatch(/^[0-9a-f]{24}$/)
    const spaced = ` ${person.userId.slice(0, 8)} ${person.userId.slice(8, 16).toUpperCase()} ${person.userId.slice(16)} `
    for (const search of [person.userId, spaced]) {
      const found = expectOk(await stack.call('users', 'listUsers', { search }, { as: asAdmin }))
      expect(found.items.map(item => item.userId)).toEqual([person.userId])
      expect(found.nextCursor).toBeNull()
    }
    const nobody = expectOk(await stack.call('users', 'listUsers', { search: 'f'.repeat(24) }, { as: asAdmin }))
    expect(nobody.items).toEqual([])
  })

  it('never lets an admin change their own role', async () => {
    const response = await stack.call('users', 'setRole', { userId: userIdFor('demo-admin'), role: 'worker' }, { as: asAdmin })
    expect(response).toMatchObject({ ok: false, error: { code: 'USERS.CANNOT_CHANGE_OWN_ROLE' } })
  })

  it('refuses role changes from staff and workers', async () => {
    for (const caller of [asStaff, asWorker]) {
      const response = await stack.call('users', 'setRole', { userId: userIdFor('demo-worker'), role: 'admin' }, { as: caller })
      expect(response).toMatchObject({ ok: false, error: { code: 'COMMON.FORBIDDEN' } })
    }
  })
})

describe('users: housekeeping', () => {
  it('the daily timer forgets replay answers older than a week and keeps recent ones', async () => {
    const old = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000)
    await stack.emulator.seed('idempotency_keys', [
      { _id: 'k-old', functionName: 'users', action: 'setRole', data: null, createdAt: old },
      { _id: 'k-new', functionName: 'users', action: 'setRole', data: null, createdAt: new Date() },
    ])
    const functions = stack.emulator.functions
    if (!functions) throw new Error('no functions host')
    const result = await functions.fireTrigger('users', 'purgeExpiredRecords')
    expect(result).toMatchObject({ ok: true, data: { idempotencyKeysRemoved: 1 } })
    expect(stack.emulator.database.find('idempotency_keys', { _id: { $in: ['k-old', 'k-new'] } }).map(doc => doc._id)).toEqual(['k-new'])
  })

  it('refuses a client that dresses its request up as a timer event', async () => {
    const response = await stack.callRaw('users', { Type: 'Timer', TriggerName: 'purgeExpiredRecords', Time: '2026-11-23T03:30:00Z', Message: '' }, asAdmin)
    expect(response).toMatchObject({ ok: false, error: { code: 'COMMON.FORBIDDEN' } })
  })
})
