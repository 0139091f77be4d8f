import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSdkEmulator, type SdkEmulator, type SdkTransaction } from '../helpers/sdk-emulator'

/*
 * What `updated` counts, per action, as CloudBase reports it: an update counts the documents it changed
 * (MongoDB's nModified); a set (replacement) and updateAndReturn (findAndModify) count the document
 * they matched, which is what the SDK's own cloud tests expect ("验证findAndModify 更新相同值" → 1).
 */

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({ database: { collections: [{ name: 'slots' }] } })
})
afterAll(async () => env.stop())
beforeEach(async () => {
  await env.emulator.reset()
  await env.emulator.seed('slots', [{ _id: 's1', day: 'mon', booked: 0, capacity: 2 }, { _id: 's2', day: 'mon', booked: 2, capacity: 2 }])
})

describe('updated counts', () => {
  it('counts a set() of an existing document as 1 even when nothing changes', async () => {
    const same = await env.db.collection('slots').doc('s1').set({ day: 'mon', booked: 0, capacity: 2 })
    expect(same.updated).toBe(1)
    expect(same.upsertedId).toBeUndefined()
    expect((await env.db.collection('slots').doc('s1').set({ day: 'tue' })).updated).toBe(1)
    expect(await env.db.collection('slots').doc('new').set({ day: 'wed' })).toMatchObject({ updated: 0, upsertedId: 'new' })
  })

  it('counts updateAndReturn as the match, also when the values do not change', async () => {
    const result = await env.db.collection('slots').where({ _id: 's1' }).updateAndReturn({ booked: 0 })
    expect(result.updated).toBe(1)
    expect(result.doc).toEqual({ _id: 's1', day: 'mon', booked: 0, capacity: 2 })
    expect(await env.db.collection('slots').where({ _id: 'none' }).updateAndReturn({ booked: 0 })).toMatchObject({ updated: 0, doc: null })
  })

  it('counts only the documents an update changes', async () => {
    expect((await env.db.collection('slots').doc('s1').update({ booked: 0 })).updated).toBe(0)
    expect((await env.db.collection('slots').where({ day: 'mon' }).update({ booked: 2 })).updated).toBe(1)
    expect(env.emulator.database.find('slots').map(slot => slot.booked)).toEqual([2, 2])
  })

  it('keeps the conditional capacity update exact: 1 while a place is free, 0 when full', async () => {
    const _ = env.db.command
    const book = async (): Promise<number> => (await env.db.collection('slots').where({ _id: 's1', booked: _.lt(2) }).update({ booked: _.inc(1) })).updated
    expect([await book(), await book(), await book()]).toEqual([1, 1, 0])
    expect(env.emulator.database.find('slots', { _id: 's1' })[0]?.booked).toBe(2)
  })

  it('counts the same way inside a transaction', async () => {
    await env.db.runTransaction(async (transaction: SdkTransaction) => {
      expect((await transaction.collection('slots').doc('s1').set({ day: 'mon', booked: 0, capacity: 2 })).updated).toBe(1)
      expect((await transaction.collection('slots').doc('s2').update({ booked: 2 })).updated).toBe(0)
      expect((await transaction.collection('slots').doc('s2').update({ booked: 1 })).updated).toBe(1)
    })
    expect(env.emulator.database.find('slots').map(slot => slot.booked)).toEqual([0, 1])
  })
})
