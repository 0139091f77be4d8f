import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rejectionOf } from '../helpers/expect-error'
import { postAdmin } from '../helpers/raw-admin'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({ database: { collections: [{ name: 'people' }, { name: 'many' }] } })
})
afterAll(async () => env.stop())

const people = [
  { _id: 'p1', name: '张伟', age: 30, city: 'sz', tags: ['a', 'b'], pets: [{ kind: 'cat', age: 2 }], score: 7.5 },
  { _id: 'p2', name: '李娜', age: 25, city: 'gz', tags: ['b'], pets: [], score: 9 },
  { _id: 'p3', name: 'Wang Fang', age: 30, city: 'gz', tags: ['a', 'c'], pets: [{ kind: 'dog', age: 5 }] },
  { _id: 'p4', name: '刘洋', age: 41, city: 'sz', tags: [], nickname: null },
]

describe('query operators', () => {
  beforeAll(async () => {
    await env.emulator.reset()
    await env.emulator.seed('people', people)
  })

  async function ids(query: object): Promise<unknown[]> {
    const result = await env.db.collection('people').where(query).get()
    return result.data.map((doc: { _id: unknown }) => doc._id)
  }

  it('matches by equality and on nested fields', async () => {
    const _ = env.db.command
    expect(await ids({ city: 'gz' })).toEqual(['p2', 'p3'])
    expect(await ids({ pets: { kind: 'dog' } })).toEqual(['p3'])
    expect(await ids({ 'pets.kind': 'cat' })).toEqual(['p1'])
    expect(await ids({ age: _.eq(30), city: _.neq('sz') })).toEqual(['p3'])
  })

  it('compares with gt, gte, lt, lte and combines with and/or/nor', async () => {
    const _ = env.db.command
    expect(await ids({ age: _.gt(25).and(_.lt(41)) })).toEqual(['p1', 'p3'])
    expect(await ids({ age: _.gte(41) })).toEqual(['p4'])
    expect(await ids({ age: _.lte(25) })).toEqual(['p2'])
    expect(await ids(_.or([{ city: 'sz', age: 41 }, { name: '李娜' }]))).toEqual(['p2', 'p4'])
    expect(await ids({ age: _.or(_.lt(26), _.gt(40)) })).toEqual(['p2', 'p4'])
  })

  it('matches arrays with in, nin, all, elemMatch and size', async () => {
    const _ = env.db.command
    expect(await ids({ city: _.in(['gz', 'bj']) })).toEqual(['p2', 'p3'])
    expect(await ids({ city: _.nin(['gz']) })).toEqual(['p1', 'p4'])
    expect(await ids({ tags: _.all(['a', 'b']) })).toEqual(['p1'])
    expect(await ids({ tags: 'a' })).toEqual(['p1', 'p3'])
    expect(await ids({ pets: _.elemMatch({ age: _.gt(3) }) })).toEqual(['p3'])
    expect(await ids({ tags: _.size(0) })).toEqual(['p4'])
  })

  it('tests presence with exists, and null matches a null or missing field', async () => {
    const _ = env.db.command
    expect(await ids({ score: _.exists(false) })).toEqual(['p3', 'p4'])
    expect(await ids({ nickname: null })).toEqual(['p1', 'p2', 'p3', 'p4'])
    expect(await ids({ nickname: _.exists(true) })).toEqual(['p4'])
  })

  it('matches regular expressions, both JavaScript and db.RegExp', async () => {
    expect(await ids({ name: /^wang/i })).toEqual(['p3'])
    expect(await ids({ name: env.db.RegExp({ regexp: '^李', options: '' }) })).toEqual(['p2'])
  })

  it('passes plain MongoDB operators such as $mod through', async () => {
    expect(await ids({ age: { $mod: [10, 1] } })).toEqual(['p4'])
  })

  it('refuses an unknown query operator instead of silently matching', async () => {
    const error = await rejectionOf(env.db.collection('people').where({ age: { $between: [1, 2] } }).get())
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
    expect(error.message).toContain('$between')
  })
})

describe('order, skip, limit and field', () => {
  beforeAll(async () => {
    await env.emulator.reset()
    await env.emulator.seed('people', people)
  })

  it('orders on several fields, first orderBy first', async () => {
    const result = await env.db.collection('people').orderBy('age', 'desc').orderBy('name', 'asc').get()
    expect(result.data.map((doc: { _id: string }) => doc._id)).toEqual(['p4', 'p3', 'p1', 'p2'])
  })

  it('skips and limits after ordering', async () => {
    const result = await env.db.collection('people').orderBy('age', 'asc').skip(1).limit(2).get()
    expect(result.data.map((doc: { _id: string }) => doc._id)).toEqual(['p1', 'p3'])
  })

  it('returns documents in insertion order without orderBy', async () => {
    const result = await env.db.collection('people').get()
    expect(result.data.map((doc: { _id: string }) => doc._id)).toEqual(['p1', 'p2', 'p3', 'p4'])
  })

  it('includes only the fields asked for (and _id)', async () => {
    const result = await env.db.collection('people').where({ _id: 'p1' }).field({ name: true, age: true }).get()
    expect(result.data).toEqual([{ _id: 'p1', name: '张伟', age: 30 }])
  })

  it('excludes the fields set to false', async () => {
    const result = await env.db.collection('people').where({ _id: 'p2' }).field({ tags: false, pets: false, score: false }).get()
    expect(result.data).toEqual([{ _id: 'p2', name: '李娜', age: 25, city: 'gz' }])
  })

  it('slices arrays in a projection', async () => {
    const result = await env.db.collection('people').where({ _id: 'p1' }).field({ tags: env.db.command.project.slice(1) }).get()
    expect(result.data).toEqual([{ _id: 'p1', tags: ['a'] }])
  })

  it('refuses a projection that mixes inclusion and exclusion', async () => {
    const error = await rejectionOf(env.db.collection('people').field({ name: true, age: false }).get())
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
  })
})

describe('limits', () => {
  beforeAll(async () => {
    await env.emulator.reset()
    await env.emulator.seed('many', Array.from({ length: 1200 }, (_, n) => ({ n })))
  })

  it('returns 100 documents when no limit is set, as CloudBase does', async () => {
    expect((await env.db.collection('many').get()).data).toHaveLength(100)
  })

  it('returns up to 1000 documents with limit(1000)', async () => {
    expect((await env.db.collection('many').limit(1000).get()).data).toHaveLength(1000)
  })

  it('refuses a limit above 1000 (the SDK clamps it; a raw request shows the server rule)', async () => {
    const answer = await postAdmin(env.emulator.adminUrl, { action: 'database.getDocument', collectionName: 'many', queryType: 'WHERE', limit: 1001 })
    expect(answer.body.code).toBe('INVALID_PARAM')
    expect(String(answer.body.message)).toContain('1000')
  })

  it('pages through a collection with skip and limit', async () => {
    const pages: number[] = []
    for (let offset = 0; offset < 1200; offset += 500) {
      const page = await env.db.collection('many').orderBy('n', 'asc').skip(offset).limit(500).get()
      pages.push(...page.data.map((doc: { n: number }) => doc.n))
    }
    expect(pages).toEqual(Array.from({ length: 1200 }, (_, n) => n))
  })
})
