import { EmulatorError, EmulatorErrorCode } from '../errors'
import { describeValue } from './describe-value'
import { EARTH_RADIUS_METERS } from './distance'
import { parsePointValue, type GeoPoint } from './geo-point'
import { parseNonNegativeNumber } from './non-negative-number'
import type { ParseResult } from './parse-result'
import { isPlainObject } from './plain-object'

/** A validated `$geoNear` aggregation stage. Distances are held in metres whatever unit the caller wrote. */
export interface GeoNearStage {
  readonly near: GeoPoint
  /**
   * MongoDB's rule for a 2dsphere index: a GeoJSON `near` means `maxDistance`, `minDistance` and the
   * output distance are in metres; a legacy [lng, lat] pair means radians.
   */
  readonly distanceUnit: 'meters' | 'radians'
  /** Dotted output path for the distance. */
  readonly distanceField: string
  readonly spherical: boolean
  readonly minDistanceMeters: number
  /** Infinity when the stage set no `maxDistance`. */
  readonly maxDistanceMeters: number
  readonly distanceMultiplier: number
  /** Extra filter the documents must match (mingo syntax); `{}` when absent. */
  readonly query: Readonly<Record<string, unknown>>
  /** The indexed field to measure from; undefined means "the collection's only 2dsphere index". */
  readonly key: string | undefined
  /** Dotted output path for the location the distance was measured to. */
  readonly includeLocs: string | undefined
  /** CloudBase's documented `limit` option (MongoDB ≤ 4.0); undefined when absent. */
  readonly limit: number | undefined
}

const STAGE_OPTIONS = ['near', 'distanceField', 'spherical', 'maxDistance', 'minDistance', 'query', 'key', 'includeLocs', 'distanceMultiplier', 'limit']

function invalid(message: string): EmulatorError {
  return new EmulatorError(EmulatorErrorCode.InvalidParam, `$geoNear ${message}`)
}

function unwrap<T>(result: ParseResult<T>): T {
  if (!result.ok) throw invalid(result.reason)
  return result.value
}

function parseFieldPath(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) throw invalid(`${name} must be a non-empty string, got ${describeValue(value)}`)
  if (value.startsWith('$')) throw invalid(`${name} must be a field path, not start with '$': ${value}`)
  return value
}

function optional<T>(value: unknown, read: (present: unknown) => T): T | undefined {
  return value === undefined ? undefined : read(value)
}

function containsNearOperator(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsNearOperator)
  if (!isPlainObject(value)) return false
  return Object.entries(value).some(([key, nested]) => key === '$near' || key === '$nearSphere' || containsNearOperator(nested))
}

function parseQuery(value: unknown): Readonly<Record<string, unknown>> {
  if (!isPlainObject(value)) throw invalid(`query must be an object, got ${describeValue(value)}`)
  if (containsNearOperator(value)) throw invalid('query must not contain $near or $nearSphere')
  return value
}

function parseLimit(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) throw invalid(`limit must be a positive integer, got ${describeValue(value)}`)
  return value
}

function parseSpherical(value: unknown): boolean {
  if (typeof value !== 'boolean') throw invalid(`spherical must be a boolean, got ${describeValue(value)}`)
  return value
}

/**
 * Validates a `$geoNear` stage as the SDK sends it (`near` as a GeoJSON Point; a legacy pair is also
 * accepted, with MongoDB's radians) and throws EmulatorError INVALID_PARAM with the reason when it
 * is malformed. `distanceField` is required; unknown options are refused.
 */
export function parseGeoNearStage(spec: unknown): GeoNearStage {
  if (!isPlainObject(spec)) throw invalid(`needs an options object, got ${describeValue(spec)}`)
  const unknown = Object.keys(spec).filter(key => !STAGE_OPTIONS.includes(key))
  if (unknown.length > 0) throw invalid(`does not accept ${unknown.join(', ')} (allowed: ${STAGE_OPTIONS.join(', ')})`)
  if (spec.near === undefined) throw invalid('needs near (a GeoJSON Point)')
  const near = parsePointValue(spec.near)
  if (!near.ok) throw invalid(`near: ${near.reason}`)
  if (spec.distanceField === undefined) throw invalid('needs distanceField')
  const distanceUnit = Array.isArray(spec.near) ? 'radians' : 'meters'
  const toMeters = distanceUnit === 'radians' ? EARTH_RADIUS_METERS : 1
  const maxDistance = optional(spec.maxDistance, value => unwrap(parseNonNegativeNumber(value, `maxDistance (${distanceUnit})`)))
  const minDistance = optional(spec.minDistance, value => unwrap(parseNonNegativeNumber(value, `minDistance (${distanceUnit})`)))
  return {
    near: near.value,
    distanceUnit,
    distanceField: parseFieldPath(spec.distanceField, 'distanceField'),
    spherical: optional(spec.spherical, parseSpherical) ?? false,
    minDistanceMeters: minDistance === undefined ? 0 : minDistance * toMeters,
    maxDistanceMeters: maxDistance === undefined ? Infinity : maxDistance * toMeters,
    distanceMultiplier: optional(spec.distanceMultiplier, value => unwrap(parseNonNegativeNumber(value, 'distanceMultiplier'))) ?? 1,
    query: optional(spec.query, parseQuery) ?? {},
    key: optional(spec.key, value => parseFieldPath(value, 'key')),
    includeLocs: optional(spec.includeLocs, value => parseFieldPath(value, 'includeLocs')),
    limit: optional(spec.limit, parseLimit),
  }
}

/** The value to write into `distanceField` for a document this many metres from `near`. */
export function geoNearOutputDistance(stage: GeoNearStage, meters: number): number {
  const inUnit = stage.distanceUnit === 'radians' ? meters / EARTH_RADIUS_METERS : meters
  return inUnit * stage.distanceMultiplier
}
