import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postAdmin } from '../helpers/raw-admin'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({ database: { collections: [{ name: 'c' }] } })
})
afterAll(async () => env.stop())

describe('answers have the shapes the SDK reads', () => {
  it('answers getDocument with EJSON strings in data.list, and the page', async () => {
    await env.emulator.seed('c', [{ _id: 'x', d: new Date(0), n: 1 }])
    const answer = await postAdmin(env.emulator.adminUrl, {
      action: 'database.getDocument', collectionName: 'c', queryType: 'WHERE',
      query: '{"n":{"$gt":{"$numberInt":"0"}}}', order: '{"n":{"$numberInt":"-1"}}', offset: 0, limit: 5, projection: '{"d":{"$numberInt":"1"}}',
    })
    expect(answer.body.data).toEqual({ list: ['{"_id":"x","d":{"$date":{"$numberLong":"0"}}}'], limit: 5, offset: 0 })
  })

  it('answers insertDocument with insertedIds and modifyDocument with updated and upsert_id', async () => {
    const inserted = await postAdmin(env.emulator.adminUrl, { action: 'database.insertDocument', collectionName: 'c', data: ['{"_id":"y"}'] })
    expect(inserted.body.data).toEqual({ insertedIds: ['y'] })
    const upserted = await postAdmin(env.emulator.adminUrl, {
      action: 'database.modifyDocument', collectionName: 'c', queryType: 'DOC', query: '{"_id":"z"}', data: '{"a":{"$numberInt":"1"}}', multi: false, merge: false, upsert: true,
    })
    expect(upserted.body.data).toEqual({ updated: 0, upsert_id: 'z' })
  })

  it('answers startTransaction with transactionId beside requestId, not under data', async () => {
    const answer = await postAdmin(env.emulator.adminUrl, { action: 'database.startTransaction' })
    expect(typeof answer.body.transactionId).toBe('string')
    expect(answer.body.data).toBeUndefined()
    const aborted = await postAdmin(env.emulator.adminUrl, { action: 'database.abortTransaction', transactionId: answer.body.transactionId })
    expect(Object.keys(aborted.body)).toEqual(['requestId'])
  })
})
