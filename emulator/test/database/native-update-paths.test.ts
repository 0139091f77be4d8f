import * as fc from 'fast-check'
import { update } from 'mingo/updater'
import { describe, expect, it } from 'vitest'
import { encodeAnswerText } from '../../src/ejson/encode-ejson'
import { QUERY_OPTIONS } from '../../src/database/query/query-context'
import { applyPlainUpdate } from '../../src/database/update/plain-update'
import { clonePlainObject } from '../../src/values/clone-value'
import type { PlainObject } from '../../src/values/plain-object'

// The direct update must leave exactly the document mingo's updater leaves (key order included) and
// say "changed" exactly when mingo does; whatever it does not take on, it leaves untouched.

const scalar = fc.oneof(
  fc.constantFrom('a', '', '驿站'),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, -0, Number.NaN),
  fc.constantFrom(new Date(0), new Date(1000)),
  fc.constant(null),
  fc.boolean(),
)
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.record({ c: scalar, d: scalar }, { requiredKeys: [] }))
const documentShape = fc.record({ a: value, b: value, e: scalar, n: fc.record({ m: value }, { requiredKeys: [] }) }, { requiredKeys: [] })
const plainPath = fc.constantFrom('a', 'b', 'b.c', 'b.d', 'e', 'n.m', 'n.m.k', 'x', 'x.y')
const anyPath = fc.oneof(plainPath, fc.constantFrom('a.0', 'b.$', 'n.0.m'))
const plainPush = fc.oneof(fc.array(scalar, { maxLength: 3 }).map(each => ({ $each: each })), scalar)
const anyPush = fc.oneof(plainPush, fc.constant({ $each: [1], $slice: 2 }), fc.record({ c: scalar }), fc.array(scalar, { maxLength: 2 }))
const increment = fc.oneof(fc.integer({ min: -2, max: 2 }), fc.constantFrom(0.5, -0))

function modifierOf(path: fc.Arbitrary<string>, push: fc.Arbitrary<unknown>, extra: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<PlainObject> {
  const fields = (argument: fc.Arbitrary<unknown>) => fc.dictionary(path, argument, { minKeys: 1, maxKeys: 2 })
  return fc
    .record({ $set: fields(value), $inc: fields(increment), $unset: fields(fc.constant('')), $push: fields(push), ...Object.fromEntries(Object.entries(extra).map(([operator, argument]) => [operator, fields(argument)])) }, { requiredKeys: [] })
    .filter(candidate => Object.keys(candidate).length > 0 && Object.keys(candidate).length <= 2)
}

/** Mostly what the direct path takes on (so the comparison proves something), and some of what it must leave alone. */
const modifier = fc.oneof({ weight: 3, arbitrary: modifierOf(plainPath, plainPush, {}) }, { weight: 1, arbitrary: modifierOf(anyPath, anyPush, { $mul: fc.constant(2), $pull: scalar }) })

/** The document as text (EJSON keeps key order, NaN, -0 and Dates apart), or the refusal's message. */
function text(document: PlainObject): string {
  return encodeAnswerText(document)
}

function mingoUpdated(document: PlainObject, spec: PlainObject): { readonly document: string; readonly changed: boolean } | 'refused' {
  const copy = clonePlainObject(document)
  try {
    const fields = update(copy, spec, undefined, undefined, { queryOptions: QUERY_OPTIONS })
    return { document: text(copy), changed: fields.length > 0 }
  } catch {
    return 'refused'
  }
}

describe('updating without the query engine', () => {
  it('leaves the document exactly as mingo does and says changed when mingo does; untouched whatever it leaves to mingo', () => {
    let direct = 0
    fc.assert(
      fc.property(documentShape, modifier, (shape, spec) => {
        const document: PlainObject = { _id: 'd1', ...shape }
        const before = text(document)
        const copy = clonePlainObject(document)
        const changed = applyPlainUpdate(copy, spec)
        if (changed === null) {
          expect(text(copy)).toBe(before)
          return
        }
        direct += 1
        expect(mingoUpdated(document, spec)).toEqual({ document: text(copy), changed })
      }),
      { numRuns: 4000 },
    )
    // Many generated updates (about 700 of 4,000) stay within the direct path, or the comparison above proves little.
    expect(direct).toBeGreaterThan(400)
  })

  it('takes on the updates a sign-up rush makes and leaves the unusual ones to mingo', () => {
    const course: PlainObject = { _id: 'c1', openTaken: 3, holders: ['e1'], claimedAt: { e1: new Date(0) } }
    const claimed = clonePlainObject(course)
    expect(applyPlainUpdate(claimed, { $inc: { openTaken: 1 }, $push: { holders: { $each: ['e2'] } }, $set: { 'claimedAt.e2': new Date(1000), updatedAt: new Date(1000) } })).toBe(true)
    expect(claimed).toEqual({ _id: 'c1', openTaken: 4, holders: ['e1', 'e2'], claimedAt: { e1: new Date(0), e2: new Date(1000) }, updatedAt: new Date(1000) })
    expect(applyPlainUpdate(clonePlainObject(course), { $unset: { 'claimedAt.e1': '' } })).toBe(true)
    expect(applyPlainUpdate(clonePlainObject(course), { $set: { openTaken: 3 } })).toBe(false)
    expect(applyPlainUpdate(clonePlainObject(course), { $set: { 'holders.0': 'x' } })).toBeNull()
    expect(applyPlainUpdate(clonePlainObject(course), { $pull: { holders: 'e1' } })).toBeNull()
    expect(applyPlainUpdate(clonePlainObject(course), { $set: { claimedAt: {} }, $unset: { 'claimedAt.e1': '' } })).toBeNull()
  })
})
