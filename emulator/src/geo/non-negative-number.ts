import { describeValue } from './describe-value'
import { parsed, refused, type ParseResult } from './parse-result'

/** Reads a finite number that is zero or more (a distance, a radius, a multiplier). */
export function parseNonNegativeNumber(value: unknown, name: string): ParseResult<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) return refused(`${name} must be a finite number, got ${describeValue(value)}`)
  return value < 0 ? refused(`${name} must be non-negative, got ${value}`) : parsed(value)
}
