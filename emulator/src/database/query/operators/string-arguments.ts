import { evalExpr } from 'mingo/core'
import type { Options } from 'mingo/types'
import { isNil, MingoError } from 'mingo/util'
import { formatDate } from './date-to-string'

/** Evaluates an operator's array of arguments, checking how many there may be. */
export function evalArguments(obj: unknown, expr: unknown, options: Options, operator: string, min: number, max: number): unknown[] {
  if (!Array.isArray(expr) || expr.length < min || expr.length > max) {
    throw new MingoError(min === max ? `Expression ${operator} takes exactly ${min} arguments` : `Expression ${operator} takes at least ${min} arguments, and at most ${max}`)
  }
  const values = evalExpr(obj, expr, options)
  return Array.isArray(values) ? values : [values]
}

/** MongoDB's coercion of a substring operator's first argument: null/missing is "", numbers and dates become text. */
export function coerceToString(value: unknown, operator: string): string {
  if (isNil(value)) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (value instanceof Date) return formatDate('%Y-%m-%dT%H:%M:%S.%LZ', value, 0)
  throw new MingoError(`${operator}: can't convert from BSON type ${Array.isArray(value) ? 'array' : typeof value} to String`)
}

/** A numeric argument truncated to an integer, as MongoDB's coerceToLong does. */
export function integralArgument(value: unknown, operator: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new MingoError(`${operator}: ${what} must be a numeric type`)
  return Math.trunc(value)
}

/** A non-negative whole-number argument (2.0 is accepted), as the code-point and index operators require. */
export function nonNegativeIntegerArgument(value: unknown, operator: string, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new MingoError(`${operator}: ${what} must resolve to an integral value`)
  if (value < 0) throw new MingoError(`${operator}: ${what} must be a nonnegative integer`)
  return value
}
