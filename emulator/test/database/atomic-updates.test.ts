import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({ database: { collections: [{ name: 'slots' }, { name: 'bookings' }] } })
})
afterAll(async () => env.stop())

describe('conditional updates', () => {
  it('lets exactly 10 of 1,000 parallel bookings take 10 places', async () => {
    await env.emulator.seed('slots', [{ _id: 'slot-1', capacity: 10, booked: 0 }])
    const _ = env.db.command
    const attempts = Array.from({ length: 1000 }, () =>
      env.db.collection('slots').where({ _id: 'slot-1', booked: _.lt(10) }).update({ booked: _.inc(1) }))
    const results = await Promise.all(attempts)
    expect(results.filter(result => result.updated === 1)).toHaveLength(10)
    expect(results.filter(result => result.updated === 0)).toHaveLength(990)
    expect(env.emulator.database.find('slots')).toEqual([{ _id: 'slot-1', capacity: 10, booked: 10 }])
  })

  it('lets exactly one of many parallel adds with the same deterministic _id succeed', async () => {
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, n) =>
      env.db.collection('bookings').add({ _id: 'slot-1:openid-9', attempt: n })))
    expect(results.filter(result => result.status === 'fulfilled')).toHaveLength(1)
    expect(env.emulator.database.find('bookings')).toHaveLength(1)
  })
})
