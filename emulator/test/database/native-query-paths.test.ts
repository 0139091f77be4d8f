import * as fc from 'fast-check'
import { Query } from 'mingo/query'
import { describe, expect, it } from 'vitest'
import { encodeAnswerText } from '../../src/ejson/encode-ejson'
import type { Document } from '../../src/database/document'
import { projectDocuments } from '../../src/database/query/find-documents'
import { sortedNatively } from '../../src/database/query/native-sort'
import { QUERY_OPTIONS } from '../../src/database/query/query-context'
import type { SortSpec } from '../../src/database/query/sort-spec'
import type { PlainObject } from '../../src/values/plain-object'

// The direct sort and projection must give exactly what mingo gives, key order and ties included.

const scalar = fc.oneof(
  fc.constantFrom('a', 'b', 'B', '驿站', '', 'a\u{1F600}', '\uFFFD'),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, -0, Number.NaN, 1e20),
  fc.constantFrom(new Date(0), new Date(1000), new Date(Number.NaN)),
  fc.constant(null),
  fc.boolean(),
)
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.record({ c: scalar, d: scalar }, { requiredKeys: [] }))
const documents = fc
  .array(fc.record({ a: value, b: value, e: scalar }, { requiredKeys: [] }), { maxLength: 12 })
  .map(list => list.map((fields, index): Document => ({ _id: `d${index}`, ...fields })))
/** Many documents of one shape, as real sorts meet them: every key of one kind, with ties. */
const uniform = fc.constantFrom<(n: number) => unknown>(n => `k${n % 4}`, n => n % 5, n => new Date(1000 * (n % 3))).chain(make =>
  fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }).map(list => list.map((n, index): Document => ({ _id: `u${index}`, a: make(n), b: { c: make(n * 7) } }))),
)
const paths = fc.constantFrom('a', 'b', 'b.c', 'e', '_id')
const sortSpec = fc.uniqueArray(fc.tuple(paths, fc.constantFrom<1 | -1>(1, -1)), { minLength: 1, maxLength: 3, selector: ([path]) => path }).map(entries => Object.fromEntries(entries) as SortSpec)
const projection = fc.oneof(
  fc.uniqueArray(fc.constantFrom('a', 'b', 'b.c', 'b.d', 'e', 'missing'), { minLength: 1, maxLength: 4 }).chain(fields =>
    fc.constantFrom<unknown>(true, 1, false, 0).chain(flag => fc.option(fc.constantFrom<unknown>(0, false, 1)).map(id => ({ ...Object.fromEntries(fields.map(field => [field, flag])), ...(id === null ? {} : { _id: id }) }))),
  ),
  fc.constant({ b: { $slice: 1 } }),
)

const operand = fc.oneof(fc.constantFrom('a', 'b', '', '\uFFFD', '\u{1F600}', '5'), fc.integer({ min: -2, max: 2 }), fc.constantFrom(0.5, -0, Number.NaN), fc.boolean(), fc.constant(null))
const condition = fc.oneof(
  operand,
  fc.dictionary(fc.constantFrom('$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$exists'), operand, { minKeys: 1, maxKeys: 3 }),
)
const criteria = fc.dictionary(fc.constantFrom('k', 's', 'e', 'n.m'), condition, { minKeys: 1, maxKeys: 3 })
const embedded = fc.record(
  { k: fc.oneof(operand, fc.array(operand, { maxLength: 2 })), s: operand, e: operand, n: fc.record({ m: operand }) },
  { requiredKeys: [] },
)

function mingoSorted(list: readonly Document[], sort: SortSpec): Document[] {
  return new Query<Document>({}, QUERY_OPTIONS).find<Document>([...list]).sort(sort).all()
}

function mingoProjected(list: readonly Document[], fields: PlainObject): PlainObject[] {
  return new Query({}, QUERY_OPTIONS).find<PlainObject>([...list], fields).all().map(document => ('_id' in document ? { _id: document._id, ...document } : document))
}

/** The outcome as text (EJSON keeps key order, NaN, -0 and Dates apart), or the refusal's message. */
function outcome(work: () => readonly unknown[]): string {
  try {
    return work().map(item => encodeAnswerText(item)).join('\n')
  } catch (error) {
    return `refused: ${error instanceof Error ? error.message : String(error)}`
  }
}

describe('sorting and projecting without the query engine', () => {
  it('sorts exactly as mingo does wherever it sorts at all, ties in the order they came, the whole list or its first few', () => {
    fc.assert(
      fc.property(fc.oneof(documents, uniform), sortSpec, fc.option(fc.nat({ max: 12 })), (list, sort, keep) => {
        const native = sortedNatively(list, sort, keep ?? Infinity)
        if (native === undefined) return
        const mingo = mingoSorted(list, sort).map(document => document._id)
        expect(native.map(document => document._id)).toEqual(keep === null ? mingo : mingo.slice(0, keep))
      }),
      { numRuns: 2000 },
    )
  })

  it('sorts the shapes real orders take directly: strings, numbers and Dates, nested in embedded objects too', () => {
    fc.assert(
      fc.property(uniform, sortSpec.filter(sort => !('e' in sort) && !('b' in sort)), (list, sort) => {
        expect(sortedNatively(list, sort)).toBeDefined()
      }),
    )
    expect(sortedNatively([{ _id: 'a', a: 'x' }, { _id: 'b' }], { a: 1 })).toBeUndefined()
    expect(sortedNatively([{ _id: 'a', a: 'x' }, { _id: 'b', a: 1 }], { a: 1 })).toBeUndefined()
  })

  it('judges an $elemMatch element exactly as mingo does', () => {
    fc.assert(
      fc.property(criteria, fc.array(embedded, { maxLength: 6 }), (conditions, elements) => {
        const mingo = (() => {
          try {
            const query = new Query(conditions, QUERY_OPTIONS)
            return elements.map(element => query.test(element))
          } catch (error) {
            return error instanceof Error ? error.message : String(error)
          }
        })()
        const direct = (() => {
          try {
            const query = new Query({ list: { $elemMatch: conditions } }, QUERY_OPTIONS)
            return elements.map(element => query.test({ list: [element] }))
          } catch (error) {
            return error instanceof Error ? error.message : String(error)
          }
        })()
        expect(direct).toEqual(mingo)
      }),
      { numRuns: 3000 },
    )
  })

  it('projects exactly as mingo does: the same fields, in the same order, and the same refusals', () => {
    fc.assert(
      fc.property(documents, projection, (list, fields) => {
        expect(outcome(() => projectDocuments(list, fields))).toBe(outcome(() => mingoProjected(list, fields)))
      }),
      { numRuns: 2000 },
    )
  })
})
