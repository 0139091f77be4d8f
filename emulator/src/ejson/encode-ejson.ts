import { ObjectIdValue } from '../values/object-id'
import { isPlainObject } from '../values/plain-object'

/**
 * Turns a stored value into JSON-compatible EJSON that bson's `EJSON.parse` (what the SDK calls on
 * every document) reads back to the same value: finite numbers stay plain, Dates become `$date`,
 * ObjectIds `$oid`, RegExps `$regularExpression`, and NaN/±Infinity/-0 keep their `$numberDouble` form.
 */
export function encodeEjsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { $numberDouble: 'NaN' }
    if (value === Number.POSITIVE_INFINITY) return { $numberDouble: 'Infinity' }
    if (value === Number.NEGATIVE_INFINITY) return { $numberDouble: '-Infinity' }
    if (Object.is(value, -0)) return { $numberDouble: '-0.0' }
    return value
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (Array.isArray(value)) return value.map(item => encodeEjsonValue(item))
  if (value instanceof Date) return { $date: { $numberLong: String(value.getTime()) } }
  if (value instanceof ObjectIdValue) return { $oid: value.hex }
  if (value instanceof RegExp) {
    const options = [...value.flags].filter(flag => 'imsu'.includes(flag)).sort().join('')
    return { $regularExpression: { pattern: value.source, options } }
  }
  if (isPlainObject(value)) {
    const encoded: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      const item = value[key]
      if (item !== undefined) encoded[key] = encodeEjsonValue(item)
    }
    return encoded
  }
  throw new TypeError(`cannot encode a ${typeof value} as EJSON`)
}

/** A stored value as an EJSON string, the form the SDK expects for documents in `list`. */
export function encodeEjsonText(value: unknown): string {
  return JSON.stringify(encodeEjsonValue(value))
}
