import { describe, expect, it } from 'vitest'
import { EmulatorError } from '../../src/errors'
import { EARTH_RADIUS_METERS, distanceMeters } from '../../src/geo/distance'
import { matchesGeoPredicate, type GeoPredicate } from '../../src/geo/geo-predicate'
import { isGeoQueryOperator, parseGeoQueryOperator, type GeoQueryOperator } from '../../src/geo/parse-geo-query-operator'
import { command, sdkLineString, sdkMultiPolygon, sdkPoint, sdkPolygon, serialisedWhere } from './sdk-serialised'

const square: [number, number][] = [[113, 23], [113.1, 23], [113.1, 23.1], [113, 23.1], [113, 23]]
const squareHole: [number, number][] = [[113.04, 23.04], [113.06, 23.04], [113.06, 23.06], [113.04, 23.06], [113.04, 23.04]]

/** Parses the one geo operator the SDK put on field `loc`. */
function parseSerialised(query: object): GeoPredicate {
  const serialised = serialisedWhere(query)
  const field: unknown = typeof serialised === 'object' && serialised !== null ? Reflect.get(serialised, 'loc') : undefined
  if (typeof field !== 'object' || field === null) throw new TypeError('no operator on loc')
  const [operator, spec] = Object.entries(field)[0] ?? []
  if (operator === undefined || !isGeoQueryOperator(operator)) throw new TypeError(`not a geo operator: ${String(operator)}`)
  return parseGeoQueryOperator(operator, spec)
}

const point = (lng: number, lat: number): unknown => ({ type: 'Point', coordinates: [lng, lat] })

describe('parseGeoQueryOperator on what the SDK sends', () => {
  it('reads _.geoNear as $nearSphere with distances in metres', () => {
    const predicate = parseSerialised({ loc: command.geoNear({ geometry: sdkPoint(113.3, 23.1), maxDistance: 5000, minDistance: 10 }) })
    expect(predicate).toEqual({ kind: 'near', operator: '$nearSphere', center: { lng: 113.3, lat: 23.1 }, minDistanceMeters: 10, maxDistanceMeters: 5000 })
  })

  it('reads _.geoNear without bounds as unbounded', () => {
    const predicate = parseSerialised({ loc: command.geoNear({ geometry: sdkPoint(113.3, 23.1) }) })
    expect(predicate).toMatchObject({ kind: 'near', minDistanceMeters: 0, maxDistanceMeters: Infinity })
  })

  it('reads _.geoWithin with a Polygon, a MultiPolygon and a centerSphere', () => {
    expect(parseSerialised({ loc: command.geoWithin({ geometry: sdkPolygon([square, squareHole]) }) }))
      .toMatchObject({ kind: 'within', region: { type: 'polygons', polygons: [{ rings: [{ length: 5 }, { length: 5 }] }] } })
    expect(parseSerialised({ loc: command.geoWithin({ geometry: sdkMultiPolygon([[square], [squareHole]]) }) }))
      .toMatchObject({ kind: 'within', region: { type: 'polygons', polygons: [{}, {}] } })
    expect(parseSerialised({ loc: command.geoWithin({ centerSphere: [sdkPoint(113, 23), 0.001] }) }))
      .toEqual({ kind: 'within', region: { type: 'circle', center: { lng: 113, lat: 23 }, radiusMeters: 0.001 * EARTH_RADIUS_METERS } })
    expect(parseSerialised({ loc: command.geoWithin({ centerSphere: [[113, 23], 0.001] }) }))
      .toMatchObject({ kind: 'within', region: { type: 'circle', center: { lng: 113, lat: 23 } } })
  })

  it('reads _.geoIntersects with a LineString', () => {
    expect(parseSerialised({ loc: command.geoIntersects({ geometry: sdkLineString([[113, 23], [113.1, 23.1]]) }) }))
      .toEqual({ kind: 'intersects', geometry: { type: 'LineString', line: [{ lng: 113, lat: 23 }, { lng: 113.1, lat: 23.1 }] } })
  })

  it('knows which operators are geo operators', () => {
    expect(['$nearSphere', '$near', '$geoWithin', '$geoIntersects'].every(isGeoQueryOperator)).toBe(true)
    expect(isGeoQueryOperator('$box')).toBe(false)
    expect(isGeoQueryOperator('$gt')).toBe(false)
  })
})

describe('matchesGeoPredicate', () => {
  const center = { lng: 113.3, lat: 23.1 }
  const oneKmNorth = { lng: 113.3, lat: 23.1 + 1000 / (EARTH_RADIUS_METERS * Math.PI / 180) }
  const exactly = distanceMeters(center, oneKmNorth)

  it('matches $nearSphere points within the bounds, both ends inclusive', () => {
    const near = parseGeoQueryOperator('$nearSphere', { $geometry: point(center.lng, center.lat), $maxDistance: exactly, $minDistance: exactly })
    expect(matchesGeoPredicate(near, point(oneKmNorth.lng, oneKmNorth.lat))).toBe(true)
    expect(matchesGeoPredicate(near, [oneKmNorth.lng, oneKmNorth.lat])).toBe(true)
    expect(matchesGeoPredicate(near, point(center.lng, center.lat))).toBe(false)
    expect(matchesGeoPredicate(near, point(oneKmNorth.lng, oneKmNorth.lat + 1e-5))).toBe(false)
  })

  it('does not match a field that is missing, malformed or not a point', () => {
    const near = parseGeoQueryOperator('$near', { $geometry: point(center.lng, center.lat) })
    expect(matchesGeoPredicate(near, undefined)).toBe(false)
    expect(matchesGeoPredicate(near, 'somewhere')).toBe(false)
    expect(matchesGeoPredicate(near, point(200, 0))).toBe(false)
    expect(matchesGeoPredicate(near, { type: 'LineString', coordinates: [[113.3, 23.1], [113.4, 23.1]] })).toBe(false)
  })

  it('matches $geoWithin $centerSphere on the circle\'s edge and not beyond', () => {
    const within = parseGeoQueryOperator('$geoWithin', { $centerSphere: [[center.lng, center.lat], exactly / EARTH_RADIUS_METERS] })
    expect(matchesGeoPredicate(within, point(center.lng, center.lat))).toBe(true)
    expect(matchesGeoPredicate(within, point(oneKmNorth.lng, oneKmNorth.lat - 1e-9))).toBe(true)
    expect(matchesGeoPredicate(within, point(oneKmNorth.lng, oneKmNorth.lat + 1e-5))).toBe(false)
  })

  it('matches $geoWithin a polygon with a hole, with MultiPoints only when every point is inside', () => {
    const within = parseGeoQueryOperator('$geoWithin', { $geometry: { type: 'Polygon', coordinates: [square, squareHole] } })
    expect(matchesGeoPredicate(within, point(113.01, 23.01))).toBe(true)
    expect(matchesGeoPredicate(within, point(113.05, 23.05))).toBe(false)
    expect(matchesGeoPredicate(within, point(113.04, 23.05))).toBe(true)
    expect(matchesGeoPredicate(within, { type: 'MultiPoint', coordinates: [[113.01, 23.01], [113.09, 23.09]] })).toBe(true)
    expect(matchesGeoPredicate(within, { type: 'MultiPoint', coordinates: [[113.01, 23.01], [113.05, 23.05]] })).toBe(false)
    expect(matchesGeoPredicate(within, { type: 'LineString', coordinates: [[113.01, 23.01], [113.02, 23.02]] })).toBe(false)
  })

  it('matches $geoIntersects for points and for stored lines and polygons', () => {
    const intersects = parseGeoQueryOperator('$geoIntersects', { $geometry: { type: 'Polygon', coordinates: [square] } })
    expect(matchesGeoPredicate(intersects, point(113.1, 23.05))).toBe(true)
    expect(matchesGeoPredicate(intersects, point(113.2, 23.05))).toBe(false)
    expect(matchesGeoPredicate(intersects, { type: 'LineString', coordinates: [[112, 23.05], [114, 23.05]] })).toBe(true)
    expect(matchesGeoPredicate(intersects, { type: 'Polygon', coordinates: [[[113.05, 23.05], [114, 23.05], [114, 24], [113.05, 23.05]]] })).toBe(true)
    expect(matchesGeoPredicate(intersects, { type: 'Polygon', coordinates: [[[114, 24], [115, 24], [115, 25], [114, 24]]] })).toBe(false)
  })
})

describe('parseGeoQueryOperator refuses bad input with INVALID_PARAM', () => {
  const uShape = [[0, 0], [6, 0], [6, 6], [4, 6], [4, 2], [2, 2], [2, 6], [0, 6], [0, 0]]
  const polygon = (coordinates: unknown): unknown => ({ $geometry: { type: 'Polygon', coordinates } })
  const cases: [string, GeoQueryOperator, unknown, RegExp][] = [
    ['a number instead of a spec', '$nearSphere', 5, /\$nearSphere needs an object/],
    ['a legacy pair', '$near', [113, 23], /legacy coordinate pairs need a 2d index/],
    ['an unknown argument', '$nearSphere', { $geometry: point(0, 0), $foo: 1 }, /does not accept \$foo/],
    ['a missing $geometry', '$nearSphere', { $maxDistance: 10 }, /needs \$geometry/],
    ['a $geometry that is not a Point', '$nearSphere', polygon([[[0, 0], [1, 0], [1, 1], [0, 0]]]), /must be a GeoJSON Point, got a Polygon/],
    ['a centre out of range', '$nearSphere', { $geometry: point(0, 95) }, /out of bounds/],
    ['an unknown GeoJSON type', '$nearSphere', { $geometry: { type: 'point', coordinates: [0, 0] } }, /unknown GeoJSON type/],
    ['a negative $maxDistance', '$nearSphere', { $geometry: point(0, 0), $maxDistance: -1 }, /\$maxDistance \(metres\) must be non-negative/],
    ['a textual $maxDistance', '$nearSphere', { $geometry: point(0, 0), $maxDistance: '5km' }, /\$maxDistance \(metres\) must be a finite number/],
    ['a negative $minDistance', '$near', { $geometry: point(0, 0), $minDistance: -0.5 }, /\$minDistance \(metres\) must be non-negative/],
    ['an infinite $minDistance', '$near', { $geometry: point(0, 0), $minDistance: Infinity }, /must be a finite number/],
    ['two shapes', '$geoWithin', { $geometry: point(0, 0), $centerSphere: [[0, 0], 1] }, /exactly one shape/],
    ['no shape', '$geoWithin', {}, /exactly one shape/],
    ['a flat $box', '$geoWithin', { $box: [[0, 0], [1, 1]] }, /\$box is a flat \(2d index\) shape/],
    ['a Point to be within', '$geoWithin', { $geometry: point(0, 0) }, /must be a Polygon or MultiPolygon, got a Point/],
    ['a malformed $centerSphere', '$geoWithin', { $centerSphere: [0, 0, 1] }, /must be \[\[lng, lat\], radiusInRadians\]/],
    ['a $centerSphere centre out of range', '$geoWithin', { $centerSphere: [[190, 0], 0.1] }, /centre: longitude\/latitude is out of bounds/],
    ['a negative $centerSphere radius', '$geoWithin', { $centerSphere: [[0, 0], -0.1] }, /radius \(radians\) must be non-negative/],
    ['an unclosed ring', '$geoWithin', polygon([[[0, 0], [1, 0], [1, 1], [0, 1]]]), /ring 0 is not closed/],
    ['a ring of two vertices', '$geoWithin', polygon([[[0, 0], [1, 0], [1, 0], [0, 0]]]), /at least 3 different vertices/],
    ['a self-crossing ring', '$geoWithin', polygon([[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]), /not a simple loop: edges 0 and 2 intersect/],
    ['a ring that folds back', '$geoWithin', polygon([[[0, 0], [2, 0], [1, 0], [1, 1], [0, 0]]]), /not a simple loop/],
    ['a hole outside the exterior', '$geoWithin', polygon([uShape, [[7, 7], [8, 7], [8, 8], [7, 7]]]), /ring 1 \(a hole\) has a vertex outside/],
    ['a hole crossing the exterior', '$geoWithin', polygon([uShape, [[1, 4], [5, 4], [5, 5], [1, 5], [1, 4]]]), /ring 1 \(a hole\) crosses the exterior ring/],
    ['coordinates that are not rings', '$geoWithin', polygon('square'), /coordinates must be an array of rings/],
    ['a polygon without rings', '$geoWithin', polygon([]), /at least one ring/],
    ['a textual position', '$geoWithin', polygon([[[0, 0], ['1', 0], [1, 1], [0, 0]]]), /position 1: a position must contain only finite numbers/],
    ['a position with four numbers', '$geoWithin', polygon([[[0, 0, 0, 0], [1, 0], [1, 1], [0, 0]]]), /got 4 element/],
    ['a custom crs', '$geoWithin', { $geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]], crs: { type: 'name' } } }, /crs/],
    ['an empty MultiPolygon', '$geoWithin', { $geometry: { type: 'MultiPolygon', coordinates: [] } }, /MultiPolygon coordinates must have at least 1 element/],
    ['a bad polygon inside a MultiPolygon', '$geoWithin', { $geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 1]]]] } }, /MultiPolygon element 0 ring 0 is not closed/],
    ['a missing $geometry', '$geoIntersects', {}, /needs \$geometry/],
    ['a $geometry that is not an object', '$geoIntersects', { $geometry: 'here' }, /must be an object/],
    ['a GeometryCollection', '$geoIntersects', { $geometry: { type: 'GeometryCollection', geometries: [] } }, /GeometryCollection is not supported/],
    ['a LineString of one vertex', '$geoIntersects', { $geometry: { type: 'LineString', coordinates: [[1, 1], [1, 1]] } }, /at least 2 different vertices/],
    ['a bad MultiPoint member', '$geoIntersects', { $geometry: { type: 'MultiPoint', coordinates: [[1, 1], [1, 100]] } }, /MultiPoint element 1: longitude\/latitude is out of bounds/],
    ['a bad MultiLineString member', '$geoIntersects', { $geometry: { type: 'MultiLineString', coordinates: [[[1, 1], [2, 2]], 'x'] } }, /MultiLineString element 1 must be an array of positions/],
  ]

  it.each(cases)('refuses %s', (_, operator, spec, message) => {
    const parse = (): GeoPredicate => parseGeoQueryOperator(operator, spec)
    expect(parse).toThrow(EmulatorError)
    expect(parse).toThrow(expect.objectContaining({ code: 'INVALID_PARAM', message: expect.stringMatching(message) }))
  })
})
