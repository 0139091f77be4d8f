import { encodeEjsonValue } from '../../ejson/encode-ejson'
import { ObjectIdValue } from '../../values/object-id'
import { isPlainObject } from '../../values/plain-object'
import { MISSING } from './path-values'

/** EJSON of a value with object fields sorted, so field order does not change the key. */
function canonicalJson(value: unknown): string {
  const sortFields = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sortFields)
    if (!isPlainObject(item)) return item
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(item).sort()) sorted[key] = sortFields(item[key])
    return sorted
  }
  return JSON.stringify(sortFields(encodeEjsonValue(value)))
}

/**
 * The posting key of one indexed value. Two values get the same key exactly when the query engine's
 * equality treats them as equal (numbers by value, -0 as 0, Dates by time, ObjectIds by hex, embedded
 * objects by fields whatever their order, as mingo compares them); missing and null share a key, as
 * they share an index entry in MongoDB.
 */
export function indexKeyOf(value: unknown): string {
  if (value === MISSING || value === null || value === undefined) return 'z'
  switch (typeof value) {
    case 'string': return `s${value}`
    case 'number': return `n${String(value)}`
    case 'boolean': return value ? 'b1' : 'b0'
  }
  if (value instanceof Date) return `d${String(value.getTime())}`
  if (value instanceof ObjectIdValue) return `o${value.hex}`
  if (value instanceof RegExp) return `r${String(value)}`
  if (Array.isArray(value)) return `a${canonicalJson(value)}`
  return `j${canonicalJson(value)}`
}

/**
 * True when an equality against this query value can be answered from an index: scalars and plain
 * objects without operators. Arrays (whole-array equality) and regular expressions are left to a scan.
 */
export function isIndexableQueryValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return !Number.isNaN(value)
  if (value instanceof Date || value instanceof ObjectIdValue) return true
  if (isPlainObject(value)) return Object.keys(value).every(key => !key.startsWith('$'))
  return false
}
