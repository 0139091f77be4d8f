import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({ database: { collections: [{ name: 'values' }] } })
})
afterAll(async () => env.stop())
beforeEach(async () => env.emulator.reset())

describe('values round-trip through EJSON', () => {
  it('keeps dates, integers, doubles, large numbers, booleans, null, strings, nesting and arrays', async () => {
    const document = {
      _id: 'all',
      date: new Date('2024-02-29T16:00:00.000Z'),
      epoch: new Date(0),
      beforeEpoch: new Date('1900-01-01T00:00:00.000Z'),
      int: 42,
      negative: -7,
      double: 3.25,
      tiny: 1e-9,
      large: 2 ** 40,
      timestamp: 1_700_000_000_123,
      yes: true,
      no: false,
      nothing: null,
      text: '职工服务 🚧 "quoted"\nline',
      empty: '',
      nested: { deeper: { list: [1, 'two', { three: 3 }, [4, 5]], when: new Date(86_400_000) } },
      emptyList: [],
      emptyObject: {},
    }
    await env.db.collection('values').add(document)
    const result = await env.db.collection('values').doc('all').get()
    expect(result.data).toEqual([document])
    expect(result.data[0].date).toBeInstanceOf(Date)
  })

  it('stores db.serverDate() as the server time, also inside updates and with an offset', async () => {
    const before = Date.now()
    await env.db.collection('values').add({ _id: 's', at: env.db.serverDate() })
    await env.db.collection('values').doc('s').update({ later: env.db.serverDate({ offset: 60_000 }) })
    const after = Date.now()
    const [doc] = (await env.db.collection('values').doc('s').get()).data
    expect(doc.at).toBeInstanceOf(Date)
    expect(doc.at.getTime()).toBeGreaterThanOrEqual(before)
    expect(doc.at.getTime()).toBeLessThanOrEqual(after)
    expect(doc.later.getTime()).toBeGreaterThanOrEqual(before + 60_000)
    expect(doc.later.getTime()).toBeLessThanOrEqual(after + 60_000)
  })

  it('compares dates in queries, including against db.serverDate()', async () => {
    const _ = env.db.command
    await env.db.collection('values').add([
      { _id: 'past', at: new Date('2020-01-01T00:00:00Z') },
      { _id: 'future', at: new Date(Date.now() + 3_600_000) },
    ])
    const byDate = await env.db.collection('values').where({ at: _.lt(new Date('2021-01-01T00:00:00Z')) }).get()
    expect(byDate.data.map((doc: { _id: string }) => doc._id)).toEqual(['past'])
    const byServer = await env.db.collection('values').where({ at: _.gt(env.db.serverDate()) }).get()
    expect(byServer.data.map((doc: { _id: string }) => doc._id)).toEqual(['future'])
  })

  it('keeps GeoJSON points (the SDK turns them back into Geo.Point)', async () => {
    await env.db.collection('values').add({ _id: 'g', location: new env.db.Geo.Point(114.05, 22.54) })
    const [doc] = (await env.db.collection('values').doc('g').get()).data
    expect(doc.location).toBeInstanceOf(env.db.Geo.Point)
    expect([doc.location.longitude, doc.location.latitude]).toEqual([114.05, 22.54])
    expect(env.emulator.database.find('values')[0]).toEqual({ _id: 'g', location: { type: 'Point', coordinates: [114.05, 22.54] } })
  })

  it('matches numbers by value whether sent as int or double', async () => {
    await env.db.collection('values').add({ _id: 'n', v: 2 })
    expect((await env.db.collection('values').where({ v: 2.0 }).get()).data).toHaveLength(1)
    await env.db.collection('values').doc('n').update({ v: env.db.command.inc(0.5) })
    expect((await env.db.collection('values').where({ v: 2.5 }).get()).data).toHaveLength(1)
  })
})
