import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rejectionOf } from '../helpers/expect-error'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

/*
 * Operators whose MongoDB semantics mingo gets wrong or lacks, checked through the real SDK against the
 * answers MongoDB documents (and the SDK's own cloud tests expect).
 */

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({ database: { collections: [{ name: 'passages' }, { name: 'dates' }, { name: 'texts' }] } })
  // The SDK's own cloud test data for $elemMatch, $exists and $mod (advanced-operator.test.ts).
  await env.emulator.seed('passages', [
    { _id: 'web1', category: 'Web', tags: ['JavaScript', 'C#'] },
    { _id: 'web2', category: 'Web', tags: ['Go', 'C#'] },
    { _id: 'luke', category: 'luke', tags: ['Go'] },
    { _id: 'number', category: 'number', tags: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
    { _id: 'embedded', category: 'embedded', tags: [{ value: 1 }, { value: 7 }] },
    { _id: 'mixed', category: 'mixed', tags: [3, { other: 2 }, [{ value: 9 }]] },
  ])
  await env.emulator.seed('dates', [
    { _id: 'sdk', at: new Date(1557826731686) },
    { _id: 'new-year-2021', at: new Date('2021-01-01T12:00:00Z') },
    { _id: 'late-2019', at: new Date('2019-12-30T08:00:00Z') },
    { _id: 'sunday', at: new Date('2023-01-01T00:00:00Z') },
    { _id: 'shanghai-monday', at: new Date('2023-01-01T20:00:00Z') },
  ])
  await env.emulator.seed('texts', [{ _id: 't', text: '职工服务驿站', ascii: 'ABC1 13Q4', n: 7, d: 2.5, big: 2 ** 40, when: new Date(0) }])
})
afterAll(async () => env.stop())

async function ids(collection: string, query: object): Promise<unknown[]> {
  const result = await env.db.collection(collection).where(query).get()
  return result.data.map((doc: { _id: unknown }) => doc._id)
}

async function project(collection: string, id: string, projection: object): Promise<Record<string, unknown>> {
  const result = await env.db.collection(collection).aggregate().match({ _id: id }).project({ _id: 0, ...projection }).end()
  const [first] = result.data as Record<string, unknown>[]
  if (first === undefined) throw new Error(`no document ${id} in ${collection}`)
  return first
}

describe('$elemMatch', () => {
  it('applies field conditions to embedded documents only, never to strings or numbers', async () => {
    const _ = env.db.command
    expect(await ids('passages', { tags: _.elemMatch({ value: _.exists(true) }) })).toEqual(['embedded'])
    expect(await ids('passages', { tags: _.elemMatch({ value: { $mod: [4, 3] } }) })).toEqual(['embedded'])
    expect(await ids('passages', { tags: _.elemMatch({ value: _.gt(0) }) })).toEqual(['embedded'])
  })

  it('counts an embedded document without the field as a candidate for exists(false), and an embedded array as a document keyed 0, 1…', async () => {
    const _ = env.db.command
    expect(await ids('passages', { tags: _.elemMatch({ value: _.exists(false) }) })).toEqual(['mixed'])
    expect(await ids('passages', { tags: { $elemMatch: { '0.value': 9 } } })).toEqual(['mixed'])
  })

  it('applies operator-only conditions to the items themselves', async () => {
    const _ = env.db.command
    expect(await ids('passages', { tags: _.elemMatch(_.gt(8)) })).toEqual(['number'])
    expect(await ids('passages', { tags: _.elemMatch(_.neq('Go')) })).toEqual(['web1', 'web2', 'number', 'embedded', 'mixed'])
  })

  it('projects the first embedded document matching field conditions', async () => {
    const _ = env.db.command
    const result = await env.db.collection('passages').where({ _id: _.in(['number', 'embedded']) }).field({ tags: _.project.elemMatch({ value: { $gte: 5 } }) }).get()
    expect(result.data).toEqual([{ _id: 'number' }, { _id: 'embedded', tags: [{ value: 7 }] }])
  })
})

describe('$jsonSchema', () => {
  it('filters by a schema, and negated inside nor, as the SDK expects of the cloud', async () => {
    const _ = env.db.command
    expect(await ids('passages', _.jsonSchema({ required: ['category'] }))).toHaveLength(6)
    expect(await ids('passages', _.nor([_.jsonSchema({ required: ['category'] })]))).toEqual([])
  })

  it('reads bsonType, JSON types, items, enums and draft-4 exclusive bounds', async () => {
    const _ = env.db.command
    expect(await ids('passages', _.jsonSchema({ properties: { tags: { bsonType: 'array', items: { bsonType: 'string' } } } }))).toEqual(['web1', 'web2', 'luke'])
    expect(await ids('passages', _.jsonSchema({ properties: { tags: { items: { minimum: 1, maximum: 9, exclusiveMaximum: true } } } })))
      .toEqual(['web1', 'web2', 'luke', 'embedded', 'mixed'])
    expect(await ids('passages', _.jsonSchema({ properties: { tags: { items: { minimum: 1, maximum: 9 } } } }))).toHaveLength(6)
    expect(await ids('passages', _.jsonSchema({ properties: { category: { enum: ['Web', 'luke'] } } }))).toEqual(['web1', 'web2', 'luke'])
    expect(await ids('dates', _.jsonSchema({ required: ['at'], properties: { at: { bsonType: 'date' } } }))).toHaveLength(5)
    expect(await ids('dates', _.jsonSchema({ properties: { at: { type: 'object' } } }))).toEqual([])
  })

  it("refuses what MongoDB's dialect does not support", async () => {
    const _ = env.db.command
    for (const schema of [{ properties: { n: { type: 'integer' } } }, { $ref: '#/x' }, { format: 'email' }, { properties: { n: { frobnicate: 1 } } }]) {
      expect((await rejectionOf(env.db.collection('passages').where(_.jsonSchema(schema)).get())).code, JSON.stringify(schema)).toBe('DATABASE_REQUEST_FAILED')
    }
  })
})

describe('$type', () => {
  it('tells int, long and double apart as the SDK sends them', async () => {
    expect(await ids('texts', { n: { $type: 'int' } })).toEqual(['t'])
    expect(await ids('texts', { n: { $type: 'double' } })).toEqual([])
    expect(await ids('texts', { d: { $type: 'double' } })).toEqual(['t'])
    expect(await ids('texts', { big: { $type: 'long' } })).toEqual(['t'])
    expect(await ids('texts', { n: { $type: 'number' }, when: { $type: 'date' } })).toEqual(['t'])
  })
})

describe('string expressions', () => {
  it('finds code point and UTF-8 byte positions', async () => {
    const $ = env.db.command.aggregate
    expect(await project('texts', 't', {
      cp: $.indexOfCP(['$text', '服务']),
      cpFrom: $.indexOfCP(['$text', '驿', 3]),
      cpMissing: $.indexOfCP(['$text', '服务', 3]),
      bytes: $.indexOfBytes(['$text', '服务']),
      nothing: $.indexOfCP(['$absent', 'x']),
    })).toEqual({ cp: 2, cpFrom: 4, cpMissing: -1, bytes: 6, nothing: null })
  })

  it('takes the rest of the string for a negative $substr/$substrBytes length and "" for a negative start', async () => {
    const $ = env.db.command.aggregate
    expect(await project('texts', 't', {
      quarter: $.substr(['$ascii', 7, -1]),
      rest: $.substrBytes(['$text', 6, -1]),
      before: $.substr(['$ascii', -1, 2]),
      number: $.substr(['$n', 0, 1]),
    })).toEqual({ quarter: 'Q4', rest: '服务驿站', before: '', number: '7' })
  })

  it('refuses a byte range that cuts a character, and negative $substrCP arguments', async () => {
    const $ = env.db.command.aggregate
    expect((await rejectionOf(project('texts', 't', { cut: $.substrBytes(['$text', 1, 3]) }))).code).toBe('DATABASE_REQUEST_FAILED')
    expect((await rejectionOf(project('texts', 't', { negative: $.substrCP(['$text', 1, -1]) }))).code).toBe('DATABASE_REQUEST_FAILED')
    expect(await project('texts', 't', { cp: $.substrCP(['$text', 2, 2]) })).toEqual({ cp: '服务' })
  })
})

describe('date expressions', () => {
  it('answers the week operators as the SDK expects of the cloud for 2019-05-14', async () => {
    const $ = env.db.command.aggregate
    expect(await project('dates', 'sdk', {
      week: $.week('$at'),
      isoWeek: $.isoWeek('$at'),
      isoWeekYear: $.isoWeekYear('$at'),
      dayOfWeek: $.dayOfWeek('$at'),
      isoDayOfWeek: $.isoDayOfWeek('$at'),
      dayOfYear: $.dayOfYear('$at'),
    })).toEqual({ week: 19, isoWeek: 20, isoWeekYear: 2019, dayOfWeek: 3, isoDayOfWeek: 2, dayOfYear: 134 })
  })

  it('numbers weeks from the first Sunday and ISO weeks from the Thursday, across year ends', async () => {
    const $ = env.db.command.aggregate
    const weeks = { week: $.week('$at'), isoWeek: $.isoWeek('$at'), isoWeekYear: $.isoWeekYear('$at') }
    expect(await project('dates', 'new-year-2021', weeks)).toEqual({ week: 0, isoWeek: 53, isoWeekYear: 2020 })
    expect(await project('dates', 'late-2019', weeks)).toEqual({ week: 52, isoWeek: 1, isoWeekYear: 2020 })
    expect(await project('dates', 'sunday', weeks)).toEqual({ week: 1, isoWeek: 52, isoWeekYear: 2022 })
  })

  it('formats %U, %V, %G, %w and %u as MongoDB does, in a time zone', async () => {
    const $ = env.db.command.aggregate
    expect(await project('dates', 'late-2019', { text: $.dateToString({ date: '$at', format: '%G-W%V-%u %Y week %U day %w %j' }) }))
      .toEqual({ text: '2020-W01-1 2019 week 52 day 2 364' })
    expect(await project('dates', 'shanghai-monday', {
      utc: $.dateToString({ date: '$at', format: '%Y-%m-%d %U %w' }),
      shanghai: $.dateToString({ date: '$at', format: '%Y-%m-%d %H:%M %U %w %z', timezone: 'Asia/Shanghai' }),
      shanghaiWeek: $.week({ date: '$at', timezone: '+08:00' }),
    })).toEqual({ utc: '2023-01-01 01 1', shanghai: '2023-01-02 04:00 01 2 +0800', shanghaiWeek: 1 })
  })

  it('splits a date into ISO parts with the right week-numbering year', async () => {
    expect(await project('dates', 'new-year-2021', { parts: { $dateToParts: { date: '$at', iso8601: true } } }))
      .toEqual({ parts: { isoWeekYear: 2020, isoWeek: 53, isoDayOfWeek: 5, hour: 12, minute: 0, second: 0, millisecond: 0 } })
  })
})
