import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { rejectionOf } from '../helpers/expect-error'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({ database: { collections: [{ name: 'todos' }, { name: 'other' }] } })
})
afterAll(async () => env.stop())
beforeEach(async () => env.emulator.reset())

describe('adding documents', () => {
  it('adds a document with a generated 32-hex-digit _id, as CloudBase does', async () => {
    const result = await env.db.collection('todos').add({ title: 'buy rice' })
    expect(result.id).toMatch(/^[0-9a-f]{32}$/)
    expect(env.emulator.database.find('todos')).toEqual([{ _id: result.id, title: 'buy rice' }])
  })

  it('keeps an _id the caller chose', async () => {
    const result = await env.db.collection('todos').add({ _id: 'slot-1:openid-1', title: 'x' })
    expect(result.id).toBe('slot-1:openid-1')
  })

  it('adds an array of documents in one request and answers their ids in order', async () => {
    const result = await env.db.collection('todos').add([{ _id: 'a', n: 1 }, { n: 2 }, { _id: 'c', n: 3 }])
    expect(result.ids).toHaveLength(3)
    expect(result.ids?.[0]).toBe('a')
    expect(result.ids?.[2]).toBe('c')
    expect(env.emulator.database.find('todos', {}, { n: 1 }).map(doc => doc.n)).toEqual([1, 2, 3])
  })

  it('refuses a duplicate _id with DATABASE_DUPLICATE_WRITE and changes nothing', async () => {
    await env.db.collection('todos').add({ _id: 'same', v: 1 })
    const error = await rejectionOf(env.db.collection('todos').add({ _id: 'same', v: 2 }))
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE')
    expect(error.message).toContain('E11000')
    expect(env.emulator.database.find('todos')).toEqual([{ _id: 'same', v: 1 }])
  })

  it('adds none of a batch when one of its documents is a duplicate', async () => {
    await env.db.collection('todos').add({ _id: 'taken' })
    const error = await rejectionOf(env.db.collection('todos').add([{ _id: 'new-1' }, { _id: 'taken' }, { _id: 'new-2' }]))
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE')
    expect(env.emulator.database.find('todos').map(doc => doc._id)).toEqual(['taken'])
  })

  it('treats the string "1" and the number 1 as different _ids, as MongoDB does', async () => {
    await env.db.collection('todos').doc(1).set({ kind: 'number' })
    await env.db.collection('todos').doc('1').set({ kind: 'string' })
    const byNumber = await env.db.collection('todos').doc(1).get()
    const byString = await env.db.collection('todos').doc('1').get()
    expect(byNumber.data).toEqual([{ _id: 1, kind: 'number' }])
    expect(byString.data).toEqual([{ _id: '1', kind: 'string' }])
  })
})

describe('documents by id', () => {
  it('gets a document by id, and an empty list for a missing one', async () => {
    await env.db.collection('todos').add({ _id: 'd1', title: 'x' })
    expect((await env.db.collection('todos').doc('d1').get()).data).toEqual([{ _id: 'd1', title: 'x' }])
    expect((await env.db.collection('todos').doc('missing').get()).data).toEqual([])
  })

  it('set() creates a missing document and reports upsertedId', async () => {
    const result = await env.db.collection('todos').doc('new').set({ a: 1 })
    expect(result).toMatchObject({ updated: 0, upsertedId: 'new' })
    expect(env.emulator.database.find('todos')).toEqual([{ _id: 'new', a: 1 }])
  })

  it('set() replaces an existing document entirely', async () => {
    await env.db.collection('todos').add({ _id: 'r', a: 1, b: 2 })
    const result = await env.db.collection('todos').doc('r').set({ c: 3 })
    expect(result.updated).toBe(1)
    expect(result.upsertedId).toBeUndefined()
    expect(env.emulator.database.find('todos')).toEqual([{ _id: 'r', c: 3 }])
  })

  it('update() merges fields into a document and leaves the others', async () => {
    await env.db.collection('todos').add({ _id: 'u', a: 1, nested: { x: 1, y: 2 } })
    const result = await env.db.collection('todos').doc('u').update({ b: 2, nested: { y: 3 } })
    expect(result.updated).toBe(1)
    expect(env.emulator.database.find('todos')).toEqual([{ _id: 'u', a: 1, b: 2, nested: { x: 1, y: 3 } }])
  })

  it('update() of a missing document updates nothing and creates nothing', async () => {
    const result = await env.db.collection('todos').doc('ghost').update({ a: 1 })
    expect(result.updated).toBe(0)
    expect(env.emulator.database.find('todos')).toEqual([])
  })

  it('counts only documents that changed: an update to the same values reports updated 0', async () => {
    await env.db.collection('todos').add({ _id: 'same', a: 1 })
    expect((await env.db.collection('todos').doc('same').update({ a: 1 })).updated).toBe(0)
    expect((await env.db.collection('todos').doc('same').update({ a: 2 })).updated).toBe(1)
  })

  it('remove() deletes one document and reports deleted', async () => {
    await env.db.collection('todos').add([{ _id: 'k1' }, { _id: 'k2' }])
    expect((await env.db.collection('todos').doc('k1').remove()).deleted).toBe(1)
    expect((await env.db.collection('todos').doc('k1').remove()).deleted).toBe(0)
    expect(env.emulator.database.find('todos').map(doc => doc._id)).toEqual(['k2'])
  })

  it('field() on doc().get() projects the document', async () => {
    await env.db.collection('todos').add({ _id: 'p', a: 1, b: 2 })
    const result = await env.db.collection('todos').doc('p').field({ a: true }).get()
    expect(result.data).toEqual([{ _id: 'p', a: 1 }])
  })
})

describe('where() writes', () => {
  it('updates every matching document and counts them', async () => {
    await env.db.collection('todos').add([{ g: 1, v: 0 }, { g: 1, v: 0 }, { g: 2, v: 0 }])
    const result = await env.db.collection('todos').where({ g: 1 }).update({ v: 5 })
    expect(result.updated).toBe(2)
    expect(env.emulator.database.find('todos', {}, { g: 1, v: 1 }).map(doc => [doc.g, doc.v])).toEqual([[1, 5], [1, 5], [2, 0]])
  })

  it('updates only the first match with options({ multiple: false })', async () => {
    await env.db.collection('todos').add([{ _id: 'm1', g: 1 }, { _id: 'm2', g: 1 }])
    const result = await env.db.collection('todos').where({ g: 1 }).options({ multiple: false }).update({ hit: true })
    expect(result.updated).toBe(1)
    expect(env.emulator.database.find('todos', { hit: true }).map(doc => doc._id)).toEqual(['m1'])
  })

  it('removes every matching document', async () => {
    await env.db.collection('todos').add([{ g: 1 }, { g: 1 }, { g: 2 }])
    const result = await env.db.collection('todos').where({ g: 1 }).remove()
    expect(result.deleted).toBe(2)
    expect(env.emulator.database.find('todos').map(doc => doc.g)).toEqual([2])
  })

  it('updateAndReturn() updates the first match and answers the document after the update', async () => {
    await env.db.collection('todos').add({ _id: 'q', n: 1 })
    const result = await env.db.collection('todos').where({ _id: 'q' }).updateAndReturn({ n: env.db.command.inc(2) })
    expect(result.updated).toBe(1)
    expect(result.doc).toEqual({ _id: 'q', n: 3 })
    const none = await env.db.collection('todos').where({ _id: 'nothing' }).updateAndReturn({ n: 1 })
    expect(none).toMatchObject({ updated: 0, doc: null })
  })

  it('counts matching documents', async () => {
    await env.db.collection('todos').add([{ g: 1 }, { g: 1 }, { g: 2 }])
    expect((await env.db.collection('todos').where({ g: 1 }).count()).total).toBe(2)
    expect((await env.db.collection('todos').count()).total).toBe(3)
  })
})

describe('collections', () => {
  it('creates a collection with createCollection, then refuses to create it again', async () => {
    await env.db.createCollection('fresh')
    await env.db.collection('fresh').add({ a: 1 })
    const error = await rejectionOf(env.db.createCollection('fresh'))
    expect(error.code).toBe('DATABASE_COLLECTION_ALREADY_EXIST')
    expect(env.emulator.database.find('fresh')).toHaveLength(1)
  })

  it('refuses every operation on a collection that does not exist, and creates nothing', async () => {
    const missing = env.db.collection('nope')
    const attempts = [
      missing.add({ a: 1 }),
      missing.get(),
      missing.doc('x').get(),
      missing.doc('x').set({ a: 1 }),
      missing.doc('x').update({ a: 1 }),
      missing.doc('x').remove(),
      missing.where({ a: 1 }).update({ b: 1 }),
      missing.where({ a: 1 }).remove(),
      missing.count(),
      missing.aggregate().match({ a: 1 }).end(),
    ]
    for (const attempt of attempts) {
      expect(await rejectionOf(attempt)).toEqual({
        code: 'DATABASE_COLLECTION_NOT_EXIST',
        message: '[ResourceNotFound] Db or Table not exist. Please check your request, but if the problem cannot be solved, contact us.',
      })
    }
    expect(env.emulator.database.collectionNames()).not.toContain('nope')
  })

  it('reset() empties the database and recreates the declared collections', async () => {
    await env.db.collection('todos').add({ a: 1 })
    await env.db.createCollection('temporary')
    await env.emulator.reset()
    expect(env.emulator.database.collectionNames()).toEqual(['other', 'todos'])
    expect(env.emulator.database.find('todos')).toEqual([])
  })
})
