import { EmulatorError, EmulatorErrorCode } from '../../errors'

type Params = Readonly<Record<string, unknown>>

function invalid(message: string): EmulatorError {
  return new EmulatorError(EmulatorErrorCode.InvalidParam, message)
}

/** A required non-empty string parameter. */
export function requireString(params: Params, name: string): string {
  const value = params[name]
  if (typeof value !== 'string' || value === '') throw invalid(`${name} is required and must be a non-empty string`)
  return value
}

/** An optional string parameter (absent, null or empty: undefined). */
export function optionalString(params: Params, name: string): string | undefined {
  const value = params[name]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw invalid(`${name} must be a string`)
  return value
}

/** An optional boolean parameter with a default. */
export function optionalBoolean(params: Params, name: string, fallback: boolean): boolean {
  const value = params[name]
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'boolean') throw invalid(`${name} must be a boolean`)
  return value
}

/** An optional non-negative integer parameter (absent or null: undefined). */
export function optionalNonNegativeInteger(params: Params, name: string): number | undefined {
  const value = params[name]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalid(`${name} must be a non-negative integer`)
  return value
}

/** A required array parameter. */
export function requireArray(params: Params, name: string): unknown[] {
  const value = params[name]
  if (!Array.isArray(value)) throw invalid(`${name} is required and must be an array`)
  return value
}
