import * as fc from 'fast-check'
import { Query } from 'mingo/query'
import { describe, expect, it } from 'vitest'
import { nativeFilter } from '../../src/database/query/native-filter'
import { QUERY_OPTIONS } from '../../src/database/query/query-context'
import type { PlainObject } from '../../src/values/plain-object'

// Wherever the direct verdict answers, it must be mingo's answer; where it cannot judge, it says so.

const word = fc.constantFrom('a', 'b', 'water', '驿站', '', '1')
const scalar = fc.oneof(word, fc.integer({ min: -2, max: 2 }), fc.constantFrom(0.5, -0, Number.NaN), fc.boolean(), fc.constant(null), fc.constant(new Date(0)))
const span = fc.record({ k: fc.oneof(word, fc.integer({ min: 0, max: 2 })), s: fc.integer({ min: 0, max: 5 }), e: fc.oneof(fc.integer({ min: 0, max: 5 }), word) }, { requiredKeys: [] })
const fieldValue = fc.oneof(scalar, fc.array(word, { maxLength: 4 }), fc.array(scalar, { maxLength: 3 }), fc.array(span, { maxLength: 3 }), fc.array(fc.oneof(span, scalar), { maxLength: 3 }), span)
const document = fc.record({ status: fieldValue, tags: fieldValue, spans: fieldValue }, { requiredKeys: [] })

const field = fc.constantFrom('status', 'tags', 'spans', 'missing')
const operand = fc.oneof(word, fc.integer({ min: -2, max: 2 }), fc.boolean())
const comparison = fc.dictionary(fc.constantFrom('$eq', '$ne', '$lt', '$lte', '$gt', '$gte'), operand, { minKeys: 1, maxKeys: 2 })
const elementCriteria = fc.dictionary(fc.constantFrom('k', 's', 'e'), fc.oneof(operand, comparison), { minKeys: 1, maxKeys: 3 })
const condition = fc.oneof(
  operand,
  comparison,
  fc.array(word, { minLength: 1, maxLength: 3 }).map(words => ({ $all: words })),
  elementCriteria.map(criteria => ({ $elemMatch: criteria })),
)
const fields = fc.dictionary(field, condition, { minKeys: 1, maxKeys: 3 })
const criteria: fc.Arbitrary<PlainObject> = fc.oneof(
  { weight: 3, arbitrary: fields },
  { weight: 2, arbitrary: fc.tuple(fields, fc.constantFrom('$or', '$and'), fc.array(fields, { minLength: 1, maxLength: 3 })).map(([rest, logical, parts]) => ({ ...rest, [logical]: parts })) },
)

function mingoAnswer(query: PlainObject, candidate: PlainObject): boolean | string {
  try {
    return new Query(query, QUERY_OPTIONS).test(candidate)
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

describe('judging documents without the query engine', () => {
  it('answers exactly as mingo does wherever it answers at all', () => {
    let judged = 0
    fc.assert(
      fc.property(criteria, fc.array(document, { minLength: 1, maxLength: 6 }), (query, candidates) => {
        const verdict = nativeFilter(query)
        if (verdict === undefined) return
        for (const candidate of candidates) {
          const answer = verdict(candidate)
          if (answer === undefined) continue
          judged += 1
          expect(answer).toBe(mingoAnswer(query, candidate))
        }
      }),
      { numRuns: 4000 },
    )
    // Enough documents are judged directly for the comparison to mean something (about 6,000 a run).
    expect(judged).toBeGreaterThan(2000)
  })

  it('judges a nearby search of open stations with an amenity directly', () => {
    const query = {
      status: 'active',
      amenities: { $all: ['charging', 'water'] },
      $or: [{ openSpans: { $elemMatch: { k: 'w', s: { $lte: 600 }, e: { $gt: 600 } } } }, { openSpans: { $elemMatch: { k: 'd20261205', s: { $lte: 600 }, e: { $gt: 600 } } } }],
    }
    const verdict = nativeFilter(query)
    const station = { status: 'active', amenities: ['water', 'charging', 'toilet'], openSpans: [{ k: 'w', s: 420, e: 1260 }] }
    expect(verdict?.(station)).toBe(true)
    expect(verdict?.({ ...station, openSpans: [{ k: 'w', s: 420, e: 500 }] })).toBe(false)
    expect(verdict?.({ ...station, amenities: ['water'] })).toBe(false)
    expect(verdict?.({ ...station, status: 'suspended' })).toBe(false)
    expect(nativeFilter({ 'location.lng': 1 })).toBeUndefined()
    expect(nativeFilter({ tags: { $in: ['a'] } })).toBeUndefined()
  })
})
