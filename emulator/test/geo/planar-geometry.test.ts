import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { GeoGeometry, GeoPolygonShape } from '../../src/geo/geo-geometry'
import type { GeoPoint } from '../../src/geo/geo-point'
import { parseGeoJsonGeometry } from '../../src/geo/parse-geojson'
import { geometriesIntersect } from '../../src/geo/planar-intersects'
import { polygonContains, ringRelation } from '../../src/geo/point-in-polygon'
import { between } from './arbitraries'

function geometry(value: unknown): GeoGeometry {
  const result = parseGeoJsonGeometry(value)
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

function polygon(coordinates: number[][][]): GeoPolygonShape {
  const parsed = geometry({ type: 'Polygon', coordinates })
  if (parsed.type !== 'Polygon') throw new Error('not a polygon')
  return parsed.polygon
}

const square = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]
const hole = [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]
const squareWithHole = polygon([square, hole])
const at = (lng: number, lat: number): GeoPoint => ({ lng, lat })

describe('ringRelation', () => {
  const ring = polygon([square]).rings[0]

  it('tells inside, outside and boundary apart', () => {
    expect(ringRelation(at(2, 2), ring)).toBe('inside')
    expect(ringRelation(at(5, 2), ring)).toBe('outside')
    expect(ringRelation(at(4, 2), ring)).toBe('boundary')
    expect(ringRelation(at(0, 0), ring)).toBe('boundary')
  })

  it('counts a ray passing exactly through a vertex once', () => {
    const diamond = polygon([[[0, -2], [2, 0], [0, 2], [-2, 0], [0, -2]]]).rings[0]
    expect(ringRelation(at(-1, 0), diamond)).toBe('inside')
    expect(ringRelation(at(-3, 0), diamond)).toBe('outside')
    expect(ringRelation(at(-1, 2), diamond)).toBe('outside')
  })

  it('agrees with a plain bounds check for any axis-aligned rectangle, edges included', () => {
    const rectangle = fc.tuple(between(-170, 170), between(-80, 80), between(0.001, 10), between(0.001, 10))
    // Offsets of 1e-300° would underflow the orientation product to zero; no real coordinate is that close to an edge.
    const fraction = fc.oneof(fc.integer({ min: -20, max: 120 }).map(n => n / 100), between(-0.2, 1.2).filter(f => f === 0 || Math.abs(f) > 1e-9))
    fc.assert(fc.property(rectangle, fraction, fraction, ([lng, lat, width, height], fx, fy) => {
      const corners = [[lng, lat], [lng + width, lat], [lng + width, lat + height], [lng, lat + height], [lng, lat]]
      const point = at(lng + fx * width, lat + fy * height)
      const inBounds = point.lng >= lng && point.lng <= lng + width && point.lat >= lat && point.lat <= lat + height
      expect(polygonContains(polygon([corners]), point)).toBe(inBounds)
    }))
  })
})

describe('polygonContains', () => {
  it('excludes the inside of a hole but keeps the hole\'s edge', () => {
    expect(polygonContains(squareWithHole, at(0.5, 0.5))).toBe(true)
    expect(polygonContains(squareWithHole, at(2, 2))).toBe(false)
    expect(polygonContains(squareWithHole, at(1, 2))).toBe(true)
    expect(polygonContains(squareWithHole, at(3, 3))).toBe(true)
    expect(polygonContains(squareWithHole, at(4, 4))).toBe(true)
    expect(polygonContains(squareWithHole, at(4.01, 4))).toBe(false)
  })
})

describe('geometriesIntersect', () => {
  const polygonGeometry = geometry({ type: 'Polygon', coordinates: [square, hole] })

  it('matches points inside, on the edge of, and outside a polygon with a hole', () => {
    expect(geometriesIntersect(geometry({ type: 'Point', coordinates: [0.5, 2] }), polygonGeometry)).toBe(true)
    expect(geometriesIntersect(geometry({ type: 'Point', coordinates: [1, 2] }), polygonGeometry)).toBe(true)
    expect(geometriesIntersect(geometry({ type: 'Point', coordinates: [2, 2] }), polygonGeometry)).toBe(false)
  })

  it('matches a point against a point only when they are equal', () => {
    expect(geometriesIntersect(geometry({ type: 'Point', coordinates: [1, 2] }), geometry({ type: 'Point', coordinates: [1, 2] }))).toBe(true)
    expect(geometriesIntersect(geometry({ type: 'Point', coordinates: [1, 2] }), geometry({ type: 'Point', coordinates: [1, 2.000001] }))).toBe(false)
  })

  it('matches a point lying on a line and not one beside it', () => {
    const line = geometry({ type: 'LineString', coordinates: [[0, 0], [2, 2], [4, 0]] })
    expect(geometriesIntersect(geometry({ type: 'Point', coordinates: [1, 1] }), line)).toBe(true)
    expect(geometriesIntersect(geometry({ type: 'Point', coordinates: [3, 1] }), line)).toBe(true)
    expect(geometriesIntersect(geometry({ type: 'Point', coordinates: [2, 1] }), line)).toBe(false)
  })

  it('matches lines that cross or touch a polygon, or lie inside it, but not one inside its hole', () => {
    const crossing = geometry({ type: 'LineString', coordinates: [[-1, 2], [0.5, 2]] })
    const inside = geometry({ type: 'LineString', coordinates: [[0.2, 0.2], [0.8, 0.5]] })
    const inHole = geometry({ type: 'LineString', coordinates: [[1.5, 1.5], [2.5, 2.5]] })
    const touching = geometry({ type: 'LineString', coordinates: [[4, 5], [4, 4]] })
    expect(geometriesIntersect(crossing, polygonGeometry)).toBe(true)
    expect(geometriesIntersect(inside, polygonGeometry)).toBe(true)
    expect(geometriesIntersect(inHole, polygonGeometry)).toBe(false)
    expect(geometriesIntersect(touching, polygonGeometry)).toBe(true)
  })

  it('matches polygons that overlap or nest, not one inside another\'s hole', () => {
    const overlapping = geometry({ type: 'Polygon', coordinates: [[[3.5, 3.5], [6, 3.5], [6, 6], [3.5, 6], [3.5, 3.5]]] })
    const enclosing = geometry({ type: 'Polygon', coordinates: [[[-1, -1], [5, -1], [5, 5], [-1, 5], [-1, -1]]] })
    const inHole = geometry({ type: 'Polygon', coordinates: [[[1.5, 1.5], [2.5, 1.5], [2.5, 2.5], [1.5, 1.5]]] })
    const apart = geometry({ type: 'MultiPolygon', coordinates: [[[[10, 10], [11, 10], [11, 11], [10, 10]]], [[[1.5, 1.5], [2.5, 1.5], [2.5, 2.5], [1.5, 1.5]]]] })
    expect(geometriesIntersect(overlapping, polygonGeometry)).toBe(true)
    expect(geometriesIntersect(polygonGeometry, enclosing)).toBe(true)
    expect(geometriesIntersect(enclosing, polygonGeometry)).toBe(true)
    expect(geometriesIntersect(inHole, polygonGeometry)).toBe(false)
    expect(geometriesIntersect(apart, polygonGeometry)).toBe(false)
  })

  it('matches multi-geometries when any member matches', () => {
    const points = geometry({ type: 'MultiPoint', coordinates: [[9, 9], [0.5, 0.5]] })
    const lines = geometry({ type: 'MultiLineString', coordinates: [[[9, 9], [10, 10]], [[-1, 1], [1, -1]]] })
    expect(geometriesIntersect(points, polygonGeometry)).toBe(true)
    expect(geometriesIntersect(lines, polygonGeometry)).toBe(true)
    expect(geometriesIntersect(geometry({ type: 'MultiPoint', coordinates: [[9, 9]] }), polygonGeometry)).toBe(false)
  })
})
