import { evalExpr } from 'mingo/core'
import type { Options } from 'mingo/types'
import { isNil, MingoError } from 'mingo/util'
import { ObjectIdValue } from '../../../values/object-id'
import { isPlainObject } from '../../../values/plain-object'
import { wallTime } from './time-zone'

/** The date a date operator works on, as wall time in the requested zone, or null for a null/missing date. */
export interface WallDate {
  /** UTC fields read as the zone's wall time. */
  readonly local: Date
  readonly offsetMinutes: number
}

/** Describes a value's BSON type for MongoDB's wording of conversion errors. */
function bsonTypeName(value: unknown): string {
  if (typeof value === 'string') return 'string'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double'
  if (typeof value === 'boolean') return 'bool'
  if (Array.isArray(value)) return 'array'
  if (value instanceof RegExp) return 'regex'
  return 'object'
}

/** A Date from an evaluated value: a Date, or an ObjectId (its creation time), as MongoDB accepts. */
export function toDate(value: unknown, operator: string): Date {
  if (value instanceof Date) return value
  if (value instanceof ObjectIdValue) return new Date(Number.parseInt(value.hex.slice(0, 8), 16) * 1000)
  throw new MingoError(`${operator}: can't convert from BSON type ${bsonTypeName(value)} to Date`)
}

/** Evaluates a time zone expression: undefined when absent or null. */
export function evalTimeZone(obj: unknown, expr: unknown, options: Options, operator: string): string | undefined {
  if (expr === undefined) return undefined
  const zone = evalExpr(obj, expr, options)
  if (isNil(zone)) return undefined
  if (typeof zone !== 'string') throw new MingoError(`${operator}: timezone must evaluate to a string, found ${bsonTypeName(zone)}`)
  return zone
}

/**
 * Reads the argument of `$week`, `$isoWeekYear` and the like: `<dateExpression>`, `[<dateExpression>]`
 * or `{ date, timezone }`.
 */
export function evalDateArgument(obj: unknown, expr: unknown, options: Options, operator: string): WallDate | null {
  let dateExpr = Array.isArray(expr) && expr.length === 1 ? expr[0] : expr
  let zoneExpr: unknown
  if (isPlainObject(dateExpr) && 'date' in dateExpr && Object.keys(dateExpr).every(key => !key.startsWith('$'))) {
    for (const key of Object.keys(dateExpr)) {
      if (key !== 'date' && key !== 'timezone') throw new MingoError(`unrecognized option to ${operator}: "${key}"`)
    }
    zoneExpr = dateExpr.timezone
    dateExpr = dateExpr.date
  }
  const value = evalExpr(obj, dateExpr, options)
  const zone = evalTimeZone(obj, zoneExpr, options, operator)
  if (isNil(value)) return null
  return wallTime(toDate(value, operator), zone)
}
