import { ObjectIdValue } from '../../../values/object-id'
import { isPlainObject } from '../../../values/plain-object'

/** The BSON types a stored value can have here (the emulator stores no binary, timestamp or decimal values). */
export type BsonTypeName = 'double' | 'string' | 'object' | 'array' | 'objectId' | 'bool' | 'date' | 'null' | 'regex' | 'int' | 'long'

const INT32_MIN = -0x80000000
const INT32_MAX = 0x7fffffff

/** BSON type aliases and their numeric codes, as `$type` and `bsonType` accept them. */
export const BSON_TYPE_ALIASES: Readonly<Record<string, number>> = {
  double: 1, string: 2, object: 3, array: 4, binData: 5, undefined: 6, objectId: 7, bool: 8, date: 9, null: 10,
  regex: 11, dbPointer: 12, javascript: 13, symbol: 14, javascriptWithScope: 15, int: 16, timestamp: 17, long: 18,
  decimal: 19, minKey: -1, maxKey: 127,
}

/**
 * The BSON type a stored value would have in CloudBase. Numbers are JavaScript numbers here, typed the
 * way @cloudbase/node-sdk sends them (bson's EJSON): integers within int32 are `int`, larger safe
 * integers `long`, everything else `double`.
 */
export function bsonTypeOf(value: unknown): BsonTypeName | undefined {
  if (value === null) return 'null'
  if (typeof value === 'string') return 'string'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX) return 'int'
    if (Number.isSafeInteger(value)) return 'long'
    return 'double'
  }
  if (value instanceof Date) return 'date'
  if (value instanceof ObjectIdValue) return 'objectId'
  if (value instanceof RegExp) return 'regex'
  if (Array.isArray(value)) return 'array'
  if (isPlainObject(value)) return 'object'
  return undefined
}

/** True when the value has the named BSON type (or numeric code); `number` means any numeric type. */
export function hasBsonType(value: unknown, type: string | number): boolean {
  const actual = bsonTypeOf(value)
  if (actual === undefined) return false
  if (type === 'number') return actual === 'int' || actual === 'long' || actual === 'double'
  const code = typeof type === 'number' ? type : BSON_TYPE_ALIASES[type]
  return code !== undefined && BSON_TYPE_ALIASES[actual] === code
}
