import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ObjectIdValue } from '../../src/values/object-id'
import { postAdmin } from '../helpers/raw-admin'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

/*
 * ObjectIds as the SDK's cloud tests see them (node-sdk test/database/unit/oid.test.ts): stored as
 * ObjectIds, matched as ObjectIds, and read back by the SDK as their 24-hex string.
 */

const INVITER = '64b7f0c2a1b2c3d4e5f60718'
const INVITEE = '64b7f0c2a1b2c3d4e5f60719'

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({ database: { collections: [{ name: 'people' }, { name: 'invites' }] } })
})
afterAll(async () => env.stop())
beforeEach(async () => env.emulator.reset())

describe('ObjectId values', () => {
  it('answers the hex string as res.id and res.ids for ObjectId _ids, and stores real ObjectIds', async () => {
    const one = await env.db.collection('people').add({ _id: env.db.ObjectId({ id: INVITER }), name: 'a' })
    expect(one.id).toBe(INVITER)
    const many = await env.db.collection('people').add([{ _id: env.db.ObjectId({ id: INVITEE }) }, { _id: 'plain' }])
    expect(many.ids).toEqual([INVITEE, 'plain'])
    expect(env.emulator.database.find('people', { name: 'a' })[0]?._id).toEqual(new ObjectIdValue(INVITER))
  })

  it('reads a field holding an ObjectId back as the hex string, and matches it by ObjectId', async () => {
    const added = await env.db.collection('people').add({ inviter: env.db.ObjectId({ id: INVITER }), list: [env.db.ObjectId({ id: INVITEE })] })
    if (added.id === undefined) throw new Error('add() answered no id')
    const found = await env.db.collection('people').where({ inviter: env.db.ObjectId({ id: INVITER }) }).get()
    expect(found.data).toHaveLength(1)
    expect(found.data[0].inviter).toBe(INVITER)
    expect(found.data[0].list).toEqual([INVITEE])
    const byDoc = await env.db.collection('people').doc(added.id).get()
    expect(byDoc.data[0].inviter).toBe(INVITER)
  })

  it('keeps MongoDB typing: the hex string does not match the ObjectId', async () => {
    await env.db.collection('people').add({ inviter: env.db.ObjectId({ id: INVITER }) })
    expect((await env.db.collection('people').where({ inviter: INVITER }).get()).data).toEqual([])
  })

  it('answers updateAndReturn documents and an upserted ObjectId _id as hex strings', async () => {
    await env.db.collection('people').add({ _id: env.db.ObjectId({ id: INVITER }), n: 1 })
    const updated = await env.db.collection('people').where({ _id: env.db.ObjectId({ id: INVITER }) }).updateAndReturn({ n: env.db.command.inc(1) })
    expect(updated.doc).toEqual({ _id: INVITER, n: 2 })
    const upsert = await postAdmin(env.emulator.adminUrl, {
      action: 'database.modifyDocument',
      collectionName: 'people',
      queryType: 'DOC',
      query: JSON.stringify({ _id: { $oid: INVITEE } }),
      data: JSON.stringify({ n: 1 }),
      merge: false,
      upsert: true,
    })
    expect(upsert.body.data).toEqual({ updated: 0, upsert_id: INVITEE })
  })

  it('joins on ObjectIds with lookup and answers the joined ObjectIds as hex strings', async () => {
    await env.db.collection('people').add({ _id: env.db.ObjectId({ id: INVITER }), invitedBy: env.db.ObjectId({ id: INVITEE }), name: 'test' })
    await env.db.collection('invites').add({ _id: env.db.ObjectId({ id: INVITEE }), inviter: env.db.ObjectId({ id: INVITER }), name: 'test1' })
    const joined = await env.db.collection('invites').aggregate()
      .lookup({ from: 'people', localField: 'inviter', foreignField: '_id', as: 'inviters' })
      .end()
    expect(joined.data).toEqual([{ _id: INVITEE, inviter: INVITER, name: 'test1', inviters: [{ _id: INVITER, invitedBy: INVITEE, name: 'test' }] }])
  })

  it('shows an ObjectId in a duplicate key error as MongoDB does', async () => {
    await env.db.collection('people').add({ _id: env.db.ObjectId({ id: INVITER }) })
    const answer = await postAdmin(env.emulator.adminUrl, { action: 'database.insertDocument', collectionName: 'people', data: [JSON.stringify({ _id: { $oid: INVITER } })] })
    expect(answer.body.code).toBe('DATABASE_DUPLICATE_WRITE')
    expect(answer.body.message).toBe(`E11000 duplicate key error collection: people index: _id_ dup key: { _id: ObjectId('${INVITER}') }`)
  })
})
