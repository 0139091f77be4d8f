import { evalExpr } from 'mingo/core'
import type { Options } from 'mingo/types'
import { isNil, MingoError } from 'mingo/util'
import { isPlainObject } from '../../../values/plain-object'
import { isoDayOfWeek, isoWeek, isoWeekYear } from './calendar-weeks'
import { evalTimeZone, toDate } from './date-argument'
import { wallTime } from './time-zone'

/** `$dateToParts: { date, timezone?, iso8601? }`, in MongoDB's field order and with the ISO week-year right. */
export function $dateToParts(obj: unknown, expr: unknown, options: Options): Record<string, number> | null {
  if (!isPlainObject(expr)) throw new MingoError('$dateToParts only supports an object as its argument')
  for (const key of Object.keys(expr)) {
    if (key !== 'date' && key !== 'timezone' && key !== 'iso8601') throw new MingoError(`$dateToParts: unrecognized argument "${key}"`)
  }
  const value = evalExpr(obj, expr.date, options)
  const zone = evalTimeZone(obj, expr.timezone, options, '$dateToParts')
  const iso = expr.iso8601 === undefined ? false : evalExpr(obj, expr.iso8601, options)
  if (typeof iso !== 'boolean') throw new MingoError('$dateToParts: iso8601 must evaluate to a boolean')
  if (isNil(value)) return null
  const { local } = wallTime(toDate(value, '$dateToParts'), zone)
  const time = {
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
  }
  if (iso) return { isoWeekYear: isoWeekYear(local), isoWeek: isoWeek(local), isoDayOfWeek: isoDayOfWeek(local), ...time }
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), ...time }
}
