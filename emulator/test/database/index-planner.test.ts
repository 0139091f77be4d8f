import * as fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Collection } from '../../src/database/collection'
import { documentIdKey } from '../../src/database/document-id'
import type { Document } from '../../src/database/document'
import { parseIndexSpec } from '../../src/database/index/index-spec'
import { planCandidates } from '../../src/database/query/plan-candidates'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

const INDEXES = [
  { keys: { tags: 1 } },
  { keys: { status: 1 } },
  { keys: { openid: 1, slotId: 1 } },
  { keys: { 'info.kind': -1 } },
] as const

function collectionWith(documents: readonly Document[]): Collection {
  const collection = new Collection('c', INDEXES.map((index, position) => parseIndexSpec(index, `index ${position}`)))
  collection.apply(documents.map(doc => ({ key: documentIdKey(doc._id), id: doc._id, after: doc, insert: true })))
  return collection
}

describe('the query planner', () => {
  const documents: Document[] = [
    { _id: 'a', status: 'published', tags: ['驿站', '爱心', '饮水'], openid: 'o1', slotId: 's1', info: { kind: 'x' } },
    { _id: 'b', status: 'draft', tags: ['驿站'], openid: 'o1', slotId: 's2' },
    { _id: 'c', status: 'published', tags: ['爱心'], openid: 'o2', slotId: 's1', info: { kind: 'y' } },
  ]
  const collection = collectionWith(documents)

  it('looks _id equality and $in up directly', () => {
    expect(planCandidates(collection, { _id: 'b' })).toMatchObject({ kind: 'slots', via: '_id_', slots: [2] })
    expect(planCandidates(collection, { _id: { $in: ['c', 'a', 'zz'] } })).toMatchObject({ kind: 'slots', slots: [1, 3] })
  })

  it('answers $all on a multikey index by intersecting postings', () => {
    expect(planCandidates(collection, { status: 'published', tags: { $all: ['驿站', '爱心'] } })).toMatchObject({ kind: 'slots', slots: [1] })
  })

  it('uses a prefix of a compound index, and the whole of it', () => {
    expect(planCandidates(collection, { openid: 'o1' })).toMatchObject({ kind: 'slots', via: 'openid_1_slotId_1', slots: [1, 2] })
    expect(planCandidates(collection, { openid: 'o1', slotId: 's2' })).toMatchObject({ kind: 'slots', slots: [2] })
  })

  it('scans when no clause is indexed, as MongoDB would', () => {
    expect(planCandidates(collection, { unindexed: 1 })).toEqual({ kind: 'scan' })
    expect(planCandidates(collection, { $or: [{ status: 'draft' }, { tags: '爱心' }] })).toEqual({ kind: 'scan' })
  })

  it('keeps index postings right through updates and removals', () => {
    const local = collectionWith(documents)
    local.apply([
      { key: documentIdKey('a'), id: 'a', after: { _id: 'a', status: 'draft', tags: ['新'] }, insert: false },
      { key: documentIdKey('c'), id: 'c', after: null, insert: false },
    ])
    expect(planCandidates(local, { tags: '爱心' })).toMatchObject({ slots: [] })
    expect(planCandidates(local, { status: 'draft' })).toMatchObject({ slots: [1, 2] })
    expect(planCandidates(local, { tags: '新' })).toMatchObject({ slots: [1] })
  })
})

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({
    database: { collections: [{ name: 'indexed', indexes: INDEXES.map(index => ({ keys: { ...index.keys } })) }, { name: 'plain' }] },
  })
})
afterAll(async () => env.stop())

const TERMS = ['驿站', '爱心', '饮水', '充电', '休息', 'wifi']
const term = fc.constantFrom(...TERMS)
const scalar = fc.oneof(term, fc.integer({ min: 0, max: 3 }), fc.constant(null), fc.boolean())
const documentArbitrary = fc.record({
  status: fc.option(fc.constantFrom('published', 'draft'), { nil: undefined }),
  tags: fc.oneof(fc.array(term, { maxLength: 4 }), term, fc.constant(undefined)),
  openid: fc.constantFrom('o1', 'o2', 'o3'),
  slotId: fc.option(fc.constantFrom('s1', 's2'), { nil: undefined }),
  info: fc.option(fc.record({ kind: scalar }), { nil: undefined }),
}, { requiredKeys: ['openid'] })

const queryArbitrary = fc.oneof(
  fc.record({ tags: term }),
  fc.record({ tags: fc.record({ $all: fc.array(term, { minLength: 1, maxLength: 3 }) }) }),
  fc.record({ tags: fc.record({ $in: fc.array(term, { maxLength: 3 }) }) }),
  fc.record({ status: fc.constantFrom('published', 'draft', null) }),
  fc.record({ status: fc.constant('published'), tags: fc.record({ $all: fc.array(term, { minLength: 1, maxLength: 2 }) }) }),
  fc.record({ openid: fc.constantFrom('o1', 'o2'), slotId: fc.constantFrom('s1', 's2', null) }),
  fc.record({ openid: fc.constantFrom('o1', 'o3') }),
  fc.record({ 'info.kind': scalar }),
  fc.record({ $and: fc.tuple(fc.record({ tags: term }), fc.record({ openid: fc.constantFrom('o1', 'o2') })) }),
  fc.record({ tags: fc.record({ $eq: term }), status: fc.record({ $in: fc.array(fc.constantFrom('published', 'draft', null), { maxLength: 2 }) }) }),
  fc.record({ _id: fc.record({ $in: fc.array(fc.constantFrom('d0', 'd3', 'd7', 'd11', 'x'), { maxLength: 4 }) }), tags: term }),
  fc.record({ 'info.kind': fc.record({ $in: fc.array(scalar, { maxLength: 3 }) }) }),
  fc.record({ tags: fc.record({ $all: fc.array(term, { minLength: 1, maxLength: 2 }), $size: fc.integer({ min: 0, max: 4 }) }) }),
)

describe('indexes change speed, never results', () => {
  it('answers random equality, $in, $all and compound queries identically with and without indexes', async () => {
    for (const seed of [20240601, 7, 99]) {
      await env.emulator.reset()
      const documents = fc.sample(fc.array(documentArbitrary, { minLength: 30, maxLength: 60 }), { numRuns: 1, seed })[0] ?? []
      const seeded = documents.map((doc, n) => JSON.parse(JSON.stringify({ _id: `d${n}`, ...doc })) as Record<string, unknown>)
      await env.emulator.seed('indexed', seeded)
      await env.emulator.seed('plain', seeded)
      fc.assert(fc.property(queryArbitrary, query => {
        const withIndex = env.emulator.database.find('indexed', query)
        const withoutIndex = env.emulator.database.find('plain', query)
        expect(withIndex).toEqual(withoutIndex)
      }), { numRuns: 400, seed })
    }
  })

  it('gives the same answer through the SDK for the product query shapes', async () => {
    const seeded = Array.from({ length: 40 }, (_, n) => ({ _id: `d${n}`, status: n % 3 === 0 ? 'draft' : 'published', tags: TERMS.filter((_term, t) => (n >> t) % 2 === 1), openid: `o${n % 3}`, slotId: `s${n % 2}` }))
    await env.emulator.reset()
    await env.emulator.seed('indexed', seeded)
    await env.emulator.seed('plain', seeded)
    const _ = env.db.command
    const queries = [
      { status: 'published', tags: _.all(['驿站', '爱心']) },
      { _id: _.in(['d1', 'd5', 'd9', 'missing']) },
      { openid: 'o1', slotId: 's1' },
    ]
    for (const query of queries) {
      const [indexed, plain] = await Promise.all([
        env.db.collection('indexed').where(query).limit(1000).get(),
        env.db.collection('plain').where(query).limit(1000).get(),
      ])
      expect(indexed.data).toEqual(plain.data)
    }
  })
})
