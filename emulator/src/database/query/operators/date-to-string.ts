import { evalExpr } from 'mingo/core'
import type { Options } from 'mingo/types'
import { isNil, MingoError } from 'mingo/util'
import { isPlainObject } from '../../../values/plain-object'
import { dayOfYear, isoDayOfWeek, isoWeek, isoWeekYear, sundayWeekOfYear } from './calendar-weeks'
import { evalTimeZone, toDate } from './date-argument'
import { wallTime } from './time-zone'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function pad(value: number, width: number): string {
  return String(Math.abs(value)).padStart(width, '0')
}

function signedOffset(minutes: number, withMinutes: boolean): string {
  const sign = minutes < 0 ? '-' : '+'
  if (!withMinutes) return `${sign}${Math.abs(minutes)}`
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60), 2)}${pad(Math.abs(minutes) % 60, 2)}`
}

/** MongoDB's format specifiers; `%w` is 1 (Sunday)–7 and `%U`/`%G` follow `$week`/`$isoWeekYear` (mingo's do not). */
const SPECIFIERS: Readonly<Record<string, (local: Date, offsetMinutes: number) => string>> = {
  b: local => (MONTHS[local.getUTCMonth()] ?? '').slice(0, 3),
  B: local => MONTHS[local.getUTCMonth()] ?? '',
  d: local => pad(local.getUTCDate(), 2),
  G: local => pad(isoWeekYear(local), 4),
  H: local => pad(local.getUTCHours(), 2),
  j: local => pad(dayOfYear(local), 3),
  L: local => pad(local.getUTCMilliseconds(), 3),
  m: local => pad(local.getUTCMonth() + 1, 2),
  M: local => pad(local.getUTCMinutes(), 2),
  S: local => pad(local.getUTCSeconds(), 2),
  u: local => String(isoDayOfWeek(local)),
  U: local => pad(sundayWeekOfYear(local), 2),
  V: local => pad(isoWeek(local), 2),
  w: local => String(local.getUTCDay() + 1),
  Y: local => pad(local.getUTCFullYear(), 4),
  z: (_local, offset) => signedOffset(offset, true),
  Z: (_local, offset) => signedOffset(offset, false),
  '%': () => '%',
}

/** Formats wall time with a MongoDB format string, refusing unknown specifiers as MongoDB does. */
export function formatDate(format: string, local: Date, offsetMinutes: number): string {
  let output = ''
  for (let index = 0; index < format.length; index += 1) {
    const char = format[index] ?? ''
    if (char !== '%') {
      output += char
      continue
    }
    const specifier = format[index + 1]
    if (specifier === undefined) throw new MingoError("$dateToString: unmatched '%' at end of format string")
    const render = SPECIFIERS[specifier]
    if (render === undefined) throw new MingoError(`$dateToString: invalid format character '%${specifier}' in format string`)
    output += render(local, offsetMinutes)
    index += 1
  }
  return output
}

const FIELDS = new Set(['date', 'format', 'timezone', 'onNull'])

/** `$dateToString: { date, format?, timezone?, onNull? }` with MongoDB's specifiers and defaults. */
export function $dateToString(obj: unknown, expr: unknown, options: Options): unknown {
  if (!isPlainObject(expr)) throw new MingoError('$dateToString only supports an object as its argument')
  for (const key of Object.keys(expr)) if (!FIELDS.has(key)) throw new MingoError(`$dateToString: unrecognized argument "${key}"`)
  if (!('date' in expr)) throw new MingoError("$dateToString: missing 'date' argument")
  const value = evalExpr(obj, expr.date, options)
  const zone = evalTimeZone(obj, expr.timezone, options, '$dateToString')
  const format = expr.format === undefined ? undefined : evalExpr(obj, expr.format, options)
  if (isNil(value)) return 'onNull' in expr ? evalExpr(obj, expr.onNull, options) : null
  if (format !== undefined && format !== null && typeof format !== 'string') throw new MingoError('$dateToString: format must evaluate to a string')
  const { local, offsetMinutes } = wallTime(toDate(value, '$dateToString'), zone)
  // Without a format, MongoDB writes ISO 8601 and adds the Z only when the result is in UTC.
  const chosen = typeof format === 'string' ? format : offsetMinutes === 0 && (zone === undefined || /^(UTC|GMT|Z|[+-]00(:?00)?)$/i.test(zone))
    ? '%Y-%m-%dT%H:%M:%S.%LZ'
    : '%Y-%m-%dT%H:%M:%S.%L'
  return formatDate(chosen, local, offsetMinutes)
}
