import { ObjectIdValue } from '../values/object-id'
import { isPlainObject } from '../values/plain-object'

/** How ObjectIds are written: `$oid` (storage, exact) or their 24 hex digits (answers to the SDK). */
type ObjectIdForm = 'ejson' | 'hex'

/**
 * Turns a stored value into JSON-compatible EJSON that bson's `EJSON.parse` (what the SDK calls on
 * every document) reads back to the same value: finite numbers stay plain, Dates become `$date`,
 * ObjectIds `$oid`, RegExps `$regularExpression`, and NaN/±Infinity/-0 keep their `$numberDouble` form.
 */
export function encodeEjsonValue(value: unknown): unknown {
  return encode(value, 'ejson')
}

/** A stored value as an EJSON string, the exact form (the journal and snapshots keep it). */
export function encodeEjsonText(value: unknown): string {
  return JSON.stringify(encodeEjsonValue(value))
}

/**
 * A stored value as CloudBase answers it to the SDK: EJSON, except that ObjectIds are answered as their
 * 24-hex string. @cloudbase/node-sdk 3.18.3 reads `insertedIds` as they come and turns a `$oid` inside
 * a document into `{}` (its formatField walks the bson ObjectId's own keys), while the SDK's cloud tests
 * expect `res.id` and a field holding an ObjectId to read as the hex string.
 */
export function encodeAnswerValue(value: unknown): unknown {
  return encode(value, 'hex')
}

/** `encodeAnswerValue` as a string: each document in `list`, `doc`. */
export function encodeAnswerText(value: unknown): string {
  return JSON.stringify(encodeAnswerValue(value))
}

function encode(value: unknown, objectIds: ObjectIdForm): unknown {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { $numberDouble: 'NaN' }
    if (value === Number.POSITIVE_INFINITY) return { $numberDouble: 'Infinity' }
    if (value === Number.NEGATIVE_INFINITY) return { $numberDouble: '-Infinity' }
    if (Object.is(value, -0)) return { $numberDouble: '-0.0' }
    return value
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (Array.isArray(value)) return value.map(item => encode(item, objectIds))
  if (value instanceof Date) return { $date: { $numberLong: String(value.getTime()) } }
  if (value instanceof ObjectIdValue) return objectIds === 'hex' ? value.hex : { $oid: value.hex }
  if (value instanceof RegExp) {
    const options = [...value.flags].filter(flag => 'imsu'.includes(flag)).sort().join('')
    return { $regularExpression: { pattern: value.source, options } }
  }
  if (isPlainObject(value)) {
    const encoded: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      const item = value[key]
      if (item !== undefined) encoded[key] = encode(item, objectIds)
    }
    return encoded
  }
  throw new TypeError(`cannot encode a ${typeof value} as EJSON`)
}
