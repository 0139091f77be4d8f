import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { rejectionOf } from '../helpers/expect-error'
import { postAdmin, SDK_HEADERS } from '../helpers/raw-admin'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({ database: { collections: [{ name: 'things' }] } })
})
afterAll(async () => env.stop())
beforeEach(async () => {
  await env.emulator.reset()
  await env.emulator.seed('things', [{ _id: 't1', n: 1 }])
})

function unchanged(): void {
  expect(env.emulator.database.find('things')).toEqual([{ _id: 't1', n: 1 }])
  expect(env.emulator.database.collectionNames()).toEqual(['things'])
}

describe('bad requests get the right error and change nothing', () => {
  it('refuses a request without the SDK headers with HTTP 401', async () => {
    const answer = await postAdmin(env.emulator.adminUrl, { action: 'database.removeDocument', collectionName: 'things', multi: true }, { 'content-type': 'application/json' })
    expect(answer.status).toBe(401)
    expect(answer.body.code).toBe('INVALID_SIGNATURE')
    unchanged()
  })

  it('refuses an action nobody serves, naming it', async () => {
    const answer = await postAdmin(env.emulator.adminUrl, { action: 'database.getInTransaction', collectionName: 'things' })
    expect(answer.status).toBe(200)
    expect(answer.body.code).toBe('UNSUPPORTED_ACTION')
    expect(answer.body.message).toContain('database.getInTransaction')
    expect(typeof answer.body.requestId).toBe('string')
  })

  it('refuses a body that is not JSON', async () => {
    const answer = await postAdmin(env.emulator.adminUrl, '{"action": "database.insertDocument", ', SDK_HEADERS)
    expect(answer.body.code).toBe('INVALID_PARAM')
    unchanged()
  })

  it('refuses malformed EJSON in documents, queries and updates', async () => {
    const attempts = [
      { action: 'database.insertDocument', collectionName: 'things', data: ['{"a": '] },
      { action: 'database.insertDocument', collectionName: 'things', data: ['{"n": {"$numberInt": "twelve"}}'] },
      { action: 'database.insertDocument', collectionName: 'things', data: ['{"d": {"$date": {"$numberLong": "soon"}}}'] },
      { action: 'database.insertDocument', collectionName: 'things', data: ['{"b": {"$binary": {"base64": "", "subType": "00"}}}'] },
      { action: 'database.removeDocument', collectionName: 'things', queryType: 'WHERE', multi: true, query: '{"n": ' },
      { action: 'database.modifyDocument', collectionName: 'things', queryType: 'WHERE', multi: true, merge: true, query: '{}', data: '{"$inc": {"n": {"$numberInt": "x"}}}' },
      { action: 'database.insertDocument', collectionName: 'things', data: '{"not":"an array"}' },
    ]
    for (const body of attempts) {
      const answer = await postAdmin(env.emulator.adminUrl, body)
      expect(answer.body.code, JSON.stringify(body)).toBe('INVALID_PARAM')
    }
    unchanged()
  })

  it('refuses unknown query and update operators', async () => {
    expect((await rejectionOf(env.db.collection('things').where({ n: { $near3d: 1 } }).remove())).code).toBe('DATABASE_REQUEST_FAILED')
    expect((await rejectionOf(env.db.collection('things').where({ n: 1 }).update({ $increment: { n: 1 } }))).code).toBe('DATABASE_REQUEST_FAILED')
    unchanged()
  })

  it('refuses stored field names that start with $', async () => {
    const answer = await postAdmin(env.emulator.adminUrl, { action: 'database.insertDocument', collectionName: 'things', data: ['{"$where": "1"}'] })
    expect(answer.body.code).toBe('DATABASE_REQUEST_FAILED')
    unchanged()
  })

  it('refuses operations on a missing collection', async () => {
    const answer = await postAdmin(env.emulator.adminUrl, { action: 'database.insertDocument', collectionName: 'missing', data: ['{}'] })
    expect(answer.body.code).toBe('DATABASE_COLLECTION_NOT_EXIST')
    unchanged()
  })

  it('refuses a limit above 1000 and a negative offset', async () => {
    expect((await postAdmin(env.emulator.adminUrl, { action: 'database.getDocument', collectionName: 'things', limit: 5000 })).body.code).toBe('INVALID_PARAM')
    expect((await postAdmin(env.emulator.adminUrl, { action: 'database.getDocument', collectionName: 'things', offset: -1 })).body.code).toBe('INVALID_PARAM')
  })

  it('refuses a request with a missing collectionName or data', async () => {
    expect((await postAdmin(env.emulator.adminUrl, { action: 'database.getDocument' })).body.code).toBe('INVALID_PARAM')
    expect((await postAdmin(env.emulator.adminUrl, { action: 'database.modifyDocument', collectionName: 'things', query: '{}' })).body.code).toBe('INVALID_PARAM')
    unchanged()
  })

  it('refuses a replacement that carries update operators, and an update mixing operators and fields', async () => {
    expect((await postAdmin(env.emulator.adminUrl, { action: 'database.modifyDocument', collectionName: 'things', queryType: 'DOC', query: '{"_id":"t1"}', data: '{"$set":{"n":2}}', merge: false, upsert: true })).body.code)
      .toBe('INVALID_PARAM')
    expect((await postAdmin(env.emulator.adminUrl, { action: 'database.modifyDocument', collectionName: 'things', queryType: 'WHERE', query: '{}', data: '{"$set":{"n":2},"m":3}', merge: true, multi: true })).body.code)
      .toBe('INVALID_PARAM')
    unchanged()
  })
})
