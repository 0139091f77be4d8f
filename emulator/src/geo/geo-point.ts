import { describeValue } from './describe-value'
import { parsed, refused, type ParseResult } from './parse-result'
import { isPlainObject } from './plain-object'

/** A longitude/latitude pair in degrees, validated: finite, lng ∈ [-180, 180], lat ∈ [-90, 90]. */
export interface GeoPoint {
  readonly lng: number
  readonly lat: number
}

/** True when both numbers are finite and inside MongoDB's bounds for a spherical point. */
export function isValidLngLat(lng: number, lat: number): boolean {
  return Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90
}

/**
 * Reads one position array. GeoJSON positions may carry an altitude, which is ignored (as MongoDB
 * does); legacy coordinate pairs must be exactly two numbers.
 */
export function parsePosition(value: unknown, allowAltitude: boolean): ParseResult<GeoPoint> {
  if (!Array.isArray(value)) return refused(`a position must be an array [lng, lat], got ${describeValue(value)}`)
  const maxLength = allowAltitude ? 3 : 2
  if (value.length < 2 || value.length > maxLength) {
    return refused(`a position must be [lng, lat]${allowAltitude ? ' or [lng, lat, altitude]' : ''}, got ${value.length} element(s)`)
  }
  const elements: unknown[] = value
  if (!elements.every(element => typeof element === 'number' && Number.isFinite(element))) {
    return refused('a position must contain only finite numbers')
  }
  const lng: unknown = elements[0]
  const lat: unknown = elements[1]
  if (typeof lng !== 'number' || typeof lat !== 'number' || !isValidLngLat(lng, lat)) {
    return refused(`longitude/latitude is out of bounds, lng: ${String(lng)} lat: ${String(lat)} (lng must be in [-180, 180], lat in [-90, 90])`)
  }
  return parsed({ lng, lat })
}

/** Reads a GeoJSON Point `{ type: 'Point', coordinates: [lng, lat] }` or a legacy `[lng, lat]` pair. */
export function parsePointValue(value: unknown): ParseResult<GeoPoint> {
  if (Array.isArray(value)) return parsePosition(value, false)
  if (!isPlainObject(value)) return refused(`a point must be a GeoJSON Point or a [lng, lat] pair, got ${describeValue(value)}`)
  if (value.type !== 'Point') return refused(`a point must have type 'Point', got ${describeValue(value.type)}`)
  return parsePosition(value.coordinates, true)
}

/** A stored point field as a GeoPoint, or null for anything that is not a valid point. */
export function readGeoPoint(value: unknown): GeoPoint | null {
  const result = parsePointValue(value)
  return result.ok ? result.value : null
}
