import { describeValue } from './describe-value'
import type { GeoGeometry, GeoPolygonShape, GeoRing } from './geo-geometry'
import { parsePosition, type GeoPoint } from './geo-point'
import { parsed, refused, type ParseResult } from './parse-result'
import { isPlainObject } from './plain-object'
import { holeContainmentProblem, ringSimplicityProblem, withoutRepeats } from './ring-validation'

function parsePositions(value: unknown, what: string): ParseResult<GeoPoint[]> {
  if (!Array.isArray(value)) return refused(`${what} must be an array of positions, got ${describeValue(value)}`)
  const positions: GeoPoint[] = []
  for (const [index, element] of value.entries()) {
    const position = parsePosition(element, true)
    if (!position.ok) return refused(`${what}, position ${index}: ${position.reason}`)
    positions.push(position.value)
  }
  return parsed(positions)
}

function parseLine(value: unknown, what: string): ParseResult<GeoPoint[]> {
  const positions = parsePositions(value, what)
  if (!positions.ok) return positions
  const line = withoutRepeats(positions.value)
  return line.length < 2 ? refused(`${what} must have at least 2 different vertices`) : parsed(line)
}

function parseRing(value: unknown, what: string): ParseResult<GeoRing> {
  const positions = parsePositions(value, what)
  if (!positions.ok) return positions
  const first = positions.value[0]
  const last = positions.value[positions.value.length - 1]
  if (first === undefined || last === undefined) return refused(`${what} has no positions`)
  if (first.lng !== last.lng || first.lat !== last.lat) {
    return refused(`${what} is not closed: its first and last positions must be equal`)
  }
  const ring = withoutRepeats(positions.value)
  if (ring.length < 4) return refused(`${what} must have at least 3 different vertices`)
  const problem = ringSimplicityProblem(ring)
  return problem === null ? parsed(ring) : refused(`${what} is not a simple loop: ${problem}`)
}

function parsePolygon(value: unknown, what: string): ParseResult<GeoPolygonShape> {
  if (!Array.isArray(value)) return refused(`${what} coordinates must be an array of rings, got ${describeValue(value)}`)
  const rings: GeoRing[] = []
  for (const [index, element] of value.entries()) {
    const ring = parseRing(element, `${what} ring ${index}`)
    if (!ring.ok) return ring
    rings.push(ring.value)
  }
  const [exterior, ...holes] = rings
  if (exterior === undefined) return refused(`${what} must have at least one ring`)
  for (const [index, hole] of holes.entries()) {
    const problem = holeContainmentProblem(exterior, hole)
    if (problem !== null) return refused(`${what} ring ${index + 1} (a hole) ${problem}`)
  }
  return parsed({ rings: [exterior, ...holes] })
}

function parseList<T>(value: unknown, what: string, parseOne: (element: unknown, label: string) => ParseResult<T>): ParseResult<T[]> {
  if (!Array.isArray(value)) return refused(`${what} coordinates must be an array, got ${describeValue(value)}`)
  if (value.length === 0) return refused(`${what} coordinates must have at least 1 element`)
  const items: T[] = []
  for (const [index, element] of value.entries()) {
    const item = parseOne(element, `${what} element ${index}`)
    if (!item.ok) return item
    items.push(item.value)
  }
  return parsed(items)
}

function parsePoint(element: unknown, label: string): ParseResult<GeoPoint> {
  const point = parsePosition(element, true)
  return point.ok ? point : refused(`${label}: ${point.reason}`)
}

/**
 * Reads and validates a GeoJSON geometry (Point, MultiPoint, LineString, MultiLineString, Polygon,
 * MultiPolygon) as MongoDB's 2dsphere parser would: closed rings of at least 3 different vertices,
 * simple loops, holes inside the exterior ring. A `crs` (MongoDB's big-polygon extension) is refused.
 */
export function parseGeoJsonGeometry(value: unknown): ParseResult<GeoGeometry> {
  if (!isPlainObject(value)) return refused(`a GeoJSON geometry must be an object, got ${describeValue(value)}`)
  if (value.crs !== undefined) return refused('custom coordinate reference systems (crs, big polygons) are not supported')
  const coordinates = value.coordinates
  switch (value.type) {
    case 'Point': {
      const point = parsePosition(coordinates, true)
      return point.ok ? parsed({ type: 'Point', point: point.value }) : refused(`Point: ${point.reason}`)
    }
    case 'MultiPoint': {
      const points = parseList(coordinates, 'MultiPoint', parsePoint)
      return points.ok ? parsed({ type: 'MultiPoint', points: points.value }) : points
    }
    case 'LineString': {
      const line = parseLine(coordinates, 'LineString')
      return line.ok ? parsed({ type: 'LineString', line: line.value }) : line
    }
    case 'MultiLineString': {
      const lines = parseList(coordinates, 'MultiLineString', parseLine)
      return lines.ok ? parsed({ type: 'MultiLineString', lines: lines.value }) : lines
    }
    case 'Polygon': {
      const polygon = parsePolygon(coordinates, 'Polygon')
      return polygon.ok ? parsed({ type: 'Polygon', polygon: polygon.value }) : polygon
    }
    case 'MultiPolygon': {
      const polygons = parseList(coordinates, 'MultiPolygon', parsePolygon)
      return polygons.ok ? parsed({ type: 'MultiPolygon', polygons: polygons.value }) : polygons
    }
    case 'GeometryCollection':
      return refused('GeometryCollection is not supported')
    default:
      return refused(`unknown GeoJSON type: ${describeValue(value.type)}`)
  }
}

/** A stored field value as a geometry (a legacy [lng, lat] pair counts as a Point), or null when it is none. */
export function readGeometryValue(value: unknown): GeoGeometry | null {
  if (Array.isArray(value)) {
    const point = parsePosition(value, false)
    return point.ok ? { type: 'Point', point: point.value } : null
  }
  const geometry = parseGeoJsonGeometry(value)
  return geometry.ok ? geometry.value : null
}
