import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { rejectionOf } from '../helpers/expect-error'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({
    database: {
      collections: [
        { name: 'stations', indexes: [{ name: 'code_unique', keys: { code: 1 }, unique: true }] },
        { name: 'enrollments', indexes: [{ name: 'openid_course', keys: { openid: 1, course: 1 }, unique: true }] },
        { name: 'phones', indexes: [{ name: 'phone_sparse', keys: { phone: 1 }, unique: true, sparse: true }] },
        { name: 'labels', indexes: [{ keys: { labels: 1 }, unique: true }] },
      ],
    },
  })
})
afterAll(async () => env.stop())
beforeEach(async () => env.emulator.reset())

describe('unique indexes', () => {
  it('refuses an insert that repeats a unique value and keeps the original', async () => {
    await env.db.collection('stations').add({ _id: 's1', code: 'SZ-001' })
    const error = await rejectionOf(env.db.collection('stations').add({ _id: 's2', code: 'SZ-001' }))
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE')
    expect(error.message).toContain('code_unique')
    expect(error.message).toContain('SZ-001')
    expect(env.emulator.database.find('stations')).toEqual([{ _id: 's1', code: 'SZ-001' }])
  })

  it('refuses an update that would repeat a unique value, changing nothing', async () => {
    await env.db.collection('stations').add([{ _id: 's1', code: 'A' }, { _id: 's2', code: 'B' }])
    const error = await rejectionOf(env.db.collection('stations').doc('s2').update({ code: 'A' }))
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE')
    expect(env.emulator.database.find('stations').map(doc => doc.code)).toEqual(['A', 'B'])
  })

  it('lets a document keep its own unique value and lets values move between documents in one batch', async () => {
    await env.db.collection('stations').add([{ _id: 's1', code: 'A' }])
    expect((await env.db.collection('stations').doc('s1').update({ name: 'renamed' })).updated).toBe(1)
    await env.db.collection('stations').doc('s1').remove()
    await env.db.collection('stations').add({ _id: 's2', code: 'A' })
    expect(env.emulator.database.find('stations')).toEqual([{ _id: 's2', code: 'A' }])
  })

  it('refuses a batch whose documents repeat a unique value among themselves', async () => {
    const error = await rejectionOf(env.db.collection('stations').add([{ code: 'X' }, { code: 'X' }]))
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE')
    expect(env.emulator.database.find('stations')).toEqual([])
  })

  it('treats a missing unique field as null, so only one document may lack it (unless sparse)', async () => {
    await env.db.collection('stations').add({ _id: 'no-code-1' })
    expect((await rejectionOf(env.db.collection('stations').add({ _id: 'no-code-2' }))).code).toBe('DATABASE_DUPLICATE_WRITE')
    await env.db.collection('phones').add([{ _id: 'p1' }, { _id: 'p2' }, { _id: 'p3', phone: '138' }])
    expect((await rejectionOf(env.db.collection('phones').add({ phone: '138' }))).code).toBe('DATABASE_DUPLICATE_WRITE')
  })

  it('enforces a compound unique index on the combination only', async () => {
    await env.db.collection('enrollments').add([{ openid: 'o1', course: 'c1' }, { openid: 'o1', course: 'c2' }, { openid: 'o2', course: 'c1' }])
    const error = await rejectionOf(env.db.collection('enrollments').add({ openid: 'o1', course: 'c2' }))
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE')
    expect(env.emulator.database.find('enrollments')).toHaveLength(3)
  })

  it('enforces a unique multikey index element by element across documents', async () => {
    await env.db.collection('labels').add({ _id: 'l1', labels: ['a', 'b', 'b'] })
    expect((await rejectionOf(env.db.collection('labels').add({ _id: 'l2', labels: ['c', 'b'] }))).code).toBe('DATABASE_DUPLICATE_WRITE')
    await env.db.collection('labels').add({ _id: 'l3', labels: ['c'] })
    expect(env.emulator.database.find('labels').map(doc => doc._id)).toEqual(['l1', 'l3'])
  })

  it('checks upserts made by set() against unique indexes', async () => {
    await env.db.collection('stations').add({ _id: 's1', code: 'A' })
    expect((await rejectionOf(env.db.collection('stations').doc('s9').set({ code: 'A' }))).code).toBe('DATABASE_DUPLICATE_WRITE')
    expect(env.emulator.database.find('stations')).toHaveLength(1)
  })
})
