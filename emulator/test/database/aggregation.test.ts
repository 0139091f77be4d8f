import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rejectionOf } from '../helpers/expect-error'
import { postAdmin } from '../helpers/raw-admin'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({ database: { collections: [{ name: 'orders', indexes: [{ keys: { status: 1 } }] }, { name: 'users' }] } })
  await env.emulator.seed('orders', [
    { _id: 'o1', user: 'u1', status: 'paid', amount: 30, items: ['rice', 'oil'] },
    { _id: 'o2', user: 'u2', status: 'paid', amount: 20, items: ['rice'] },
    { _id: 'o3', user: 'u1', status: 'open', amount: 5, items: [] },
    { _id: 'o4', user: 'u1', status: 'paid', amount: 10, items: ['salt'] },
  ])
  await env.emulator.seed('users', [{ _id: 'u1', name: '王师傅' }, { _id: 'u2', name: '李阿姨' }])
})
afterAll(async () => env.stop())

describe('aggregation', () => {
  it('matches, groups and sorts', async () => {
    const $ = env.db.command.aggregate
    const result = await env.db.collection('orders').aggregate()
      .match({ status: 'paid' })
      .group({ _id: '$user', total: $.sum('$amount'), orders: $.sum(1) })
      .sort({ total: -1 })
      .end()
    expect(result.data).toEqual([{ _id: 'u1', total: 40, orders: 2 }, { _id: 'u2', total: 20, orders: 1 }])
  })

  it('unwinds, counts and projects', async () => {
    const unwound = await env.db.collection('orders').aggregate().unwind('$items').count('n').end()
    expect(unwound.data).toEqual([{ n: 4 }])
    const projected = await env.db.collection('orders').aggregate().match({ _id: 'o1' }).project({ _id: 0, amount: 1 }).end()
    expect(projected.data).toEqual([{ amount: 30 }])
  })

  it('joins another collection with lookup', async () => {
    const result = await env.db.collection('orders').aggregate()
      .match({ _id: 'o2' })
      .lookup({ from: 'users', localField: 'user', foreignField: '_id', as: 'buyer' })
      .project({ 'buyer.name': 1 })
      .end()
    expect(result.data).toEqual([{ _id: 'o2', buyer: [{ name: '李阿姨' }] }])
  })

  it('does not change the stored documents', async () => {
    await env.db.collection('orders').aggregate().addFields({ doubled: 1 }).end()
    expect(env.emulator.database.find('orders', { doubled: { $exists: true } })).toEqual([])
  })

  it('refuses an unknown stage and the writing stages', async () => {
    expect((await postAdmin(env.emulator.adminUrl, { action: 'database.aggregateDocuments', collectionName: 'orders', stages: [{ stageKey: '$teleport', stageValue: '{}' }] })).body.code)
      .toBe('DATABASE_REQUEST_FAILED')
    expect((await postAdmin(env.emulator.adminUrl, { action: 'database.aggregateDocuments', collectionName: 'orders', stages: [{ stageKey: '$out', stageValue: '"copy"' }] })).body.code)
      .toBe('DATABASE_REQUEST_FAILED')
  })

  it('refuses lookup from a collection that does not exist', async () => {
    const error = await rejectionOf(env.db.collection('orders').aggregate().lookup({ from: 'ghosts', localField: 'user', foreignField: '_id', as: 'g' }).end())
    expect(error.code).toBe('DATABASE_COLLECTION_NOT_EXIST')
  })
})
