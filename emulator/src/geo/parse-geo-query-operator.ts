import { EmulatorError, EmulatorErrorCode } from '../errors'
import { describeValue } from './describe-value'
import { EARTH_RADIUS_METERS } from './distance'
import type { GeoGeometry } from './geo-geometry'
import { parsePosition } from './geo-point'
import type { GeoPredicate } from './geo-predicate'
import { parseNonNegativeNumber } from './non-negative-number'
import { parseGeoJsonGeometry } from './parse-geojson'
import type { ParseResult } from './parse-result'
import { isPlainObject } from './plain-object'

/** The geo query operators the emulator evaluates. */
export type GeoQueryOperator = '$nearSphere' | '$near' | '$geoWithin' | '$geoIntersects'

const GEO_QUERY_OPERATORS: ReadonlySet<string> = new Set<GeoQueryOperator>(['$nearSphere', '$near', '$geoWithin', '$geoIntersects'])

/** True for a query operator this module handles (and mingo does not). */
export function isGeoQueryOperator(operator: string): operator is GeoQueryOperator {
  return GEO_QUERY_OPERATORS.has(operator)
}

function invalid(message: string): EmulatorError {
  return new EmulatorError(EmulatorErrorCode.InvalidParam, message)
}

function unwrap<T>(result: ParseResult<T>, context: string): T {
  if (!result.ok) throw invalid(`${context}: ${result.reason}`)
  return result.value
}

function requireObjectSpec(operator: GeoQueryOperator, spec: unknown, allowedKeys: readonly string[]): Readonly<Record<string, unknown>> {
  if (!isPlainObject(spec)) {
    const hint = Array.isArray(spec) ? ' (legacy coordinate pairs need a 2d index, which the emulator does not implement; use $geometry)' : ''
    throw invalid(`${operator} needs an object such as { $geometry: … }, got ${describeValue(spec)}${hint}`)
  }
  const unknown = Object.keys(spec).filter(key => !allowedKeys.includes(key))
  if (unknown.length > 0) throw invalid(`${operator} does not accept ${unknown.join(', ')} (allowed: ${allowedKeys.join(', ')})`)
  return spec
}

function parseGeometryArgument(operator: GeoQueryOperator, value: unknown): GeoGeometry {
  if (value === undefined) throw invalid(`${operator} needs $geometry`)
  return unwrap(parseGeoJsonGeometry(value), `${operator} $geometry`)
}

function parseNear(operator: '$nearSphere' | '$near', spec: unknown): GeoPredicate {
  const fields = requireObjectSpec(operator, spec, ['$geometry', '$maxDistance', '$minDistance'])
  const geometry = parseGeometryArgument(operator, fields.$geometry)
  if (geometry.type !== 'Point') throw invalid(`${operator} $geometry must be a GeoJSON Point, got a ${geometry.type}`)
  const maxDistanceMeters = fields.$maxDistance === undefined
    ? Infinity
    : unwrap(parseNonNegativeNumber(fields.$maxDistance, '$maxDistance (metres)'), operator)
  const minDistanceMeters = fields.$minDistance === undefined
    ? 0
    : unwrap(parseNonNegativeNumber(fields.$minDistance, '$minDistance (metres)'), operator)
  return { kind: 'near', operator, center: geometry.point, minDistanceMeters, maxDistanceMeters }
}

function parseCenterSphere(value: unknown): GeoPredicate {
  if (!Array.isArray(value) || value.length !== 2) {
    throw invalid(`$geoWithin $centerSphere must be [[lng, lat], radiusInRadians], got ${describeValue(value)}`)
  }
  const elements: unknown[] = value
  const center = unwrap(parsePosition(elements[0], false), '$geoWithin $centerSphere centre')
  const radius = unwrap(parseNonNegativeNumber(elements[1], 'the radius (radians)'), '$geoWithin $centerSphere')
  return { kind: 'within', region: { type: 'circle', center, radiusMeters: radius * EARTH_RADIUS_METERS } }
}

function parseWithin(spec: unknown): GeoPredicate {
  const fields = requireObjectSpec('$geoWithin', spec, ['$geometry', '$centerSphere', '$box', '$center', '$polygon'])
  const shapes = Object.keys(fields)
  const [shape] = shapes
  if (shapes.length !== 1 || shape === undefined) {
    throw invalid(`$geoWithin needs exactly one shape ($geometry or $centerSphere), got ${shapes.length}`)
  }
  if (shape === '$centerSphere') return parseCenterSphere(fields.$centerSphere)
  if (shape !== '$geometry') {
    throw invalid(`$geoWithin ${shape} is a flat (2d index) shape, which the emulator does not support; use $geometry or $centerSphere`)
  }
  const geometry = parseGeometryArgument('$geoWithin', fields.$geometry)
  if (geometry.type === 'Polygon') return { kind: 'within', region: { type: 'polygons', polygons: [geometry.polygon] } }
  if (geometry.type === 'MultiPolygon') return { kind: 'within', region: { type: 'polygons', polygons: geometry.polygons } }
  throw invalid(`$geoWithin $geometry must be a Polygon or MultiPolygon, got a ${geometry.type}`)
}

function parseIntersects(spec: unknown): GeoPredicate {
  const fields = requireObjectSpec('$geoIntersects', spec, ['$geometry'])
  return { kind: 'intersects', geometry: parseGeometryArgument('$geoIntersects', fields.$geometry) }
}

/**
 * Validates the argument of a geo query operator as the SDK sends it (`_.geoNear` → `$nearSphere`
 * with `$geometry` and distances in metres; `_.geoWithin` → `$geometry` or
 * `$centerSphere: [[lng, lat], radians]`; `_.geoIntersects` → `$geometry`) and throws
 * EmulatorError INVALID_PARAM with the reason when it is malformed.
 */
export function parseGeoQueryOperator(operator: GeoQueryOperator, spec: unknown): GeoPredicate {
  switch (operator) {
    case '$nearSphere':
    case '$near':
      return parseNear(operator, spec)
    case '$geoWithin':
      return parseWithin(spec)
    case '$geoIntersects':
      return parseIntersects(spec)
    default:
      throw invalid(`${String(operator)} is not a geo query operator`)
  }
}
