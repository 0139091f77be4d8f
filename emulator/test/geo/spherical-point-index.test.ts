import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EmulatorError } from '../../src/errors'
import { distanceMeters } from '../../src/geo/distance'
import type { GeoPolygonShape } from '../../src/geo/geo-geometry'
import type { GeoPoint } from '../../src/geo/geo-point'
import type { GeoRegion } from '../../src/geo/geo-region'
import { parseGeoJsonGeometry } from '../../src/geo/parse-geojson'
import { SphericalPointIndex, type NearestHit } from '../../src/geo/spherical-point-index'
import { anyCenter, anyPoint, between, denseCluster, idsAndPoints, starPolygonCoordinates, starPolygonSpec, type StarPolygonSpec } from './arbitraries'
import { bruteForceNearest, bruteForceWithin } from './brute-force'

function indexOf(entries: readonly [string, GeoPoint][]): SphericalPointIndex {
  const index = new SphericalPointIndex()
  for (const [id, point] of entries) index.set(id, point)
  return index
}

function polygonOf(spec: StarPolygonSpec): GeoPolygonShape {
  const geometry = parseGeoJsonGeometry({ type: 'Polygon', coordinates: starPolygonCoordinates(spec) })
  if (!geometry.ok || geometry.value.type !== 'Polygon') throw new Error(`generated polygon is invalid: ${geometry.ok ? geometry.value.type : geometry.reason}`)
  return geometry.value.polygon
}

/** Points in and around a polygon, its vertices (on the boundary) included. */
function pointsAround(spec: StarPolygonSpec, fractions: readonly [number, number][]): [string, GeoPoint][] {
  const inBox = fractions.map(([fx, fy], i): [string, GeoPoint] => [`box${i}`, {
    lng: Math.max(-180, Math.min(180, spec.center.lng + (2 * fx - 1) * 1.1 * spec.radius)),
    lat: Math.max(-90, Math.min(90, spec.center.lat + (2 * fy - 1) * 1.1 * spec.radius)),
  }])
  const vertices = starPolygonCoordinates(spec).flat().map(([lng, lat], i): [string, GeoPoint] => [`vertex${i}`, { lng: lng ?? 0, lat: lat ?? 0 }])
  return [...inBox, ...vertices]
}

/** Shrinking a 1,500-point cluster takes minutes; the reported seed reproduces a failure as it is. */
const clusterRuns = { endOnFailure: true }

const distanceBounds = fc.record({
  minDistance: fc.option(between(0, 3_000_000), { nil: undefined }),
  maxDistance: fc.option(fc.oneof(between(0, 50_000), between(0, 21_000_000)), { nil: undefined }),
})

describe('SphericalPointIndex.nearest', () => {
  it('returns exactly what a brute-force sort returns, in order, for any data, centre and distance bounds', () => {
    fc.assert(fc.property(idsAndPoints, anyCenter, distanceBounds, (entries, center, { minDistance, maxDistance }) => {
      const index = indexOf(entries)
      const expected = bruteForceNearest(new Map(entries), center, minDistance, maxDistance)
      expect([...index.nearest(center, { minDistance, maxDistance })]).toEqual(expected)
    }), { numRuns: 300 })
  })

  it('matches brute force inside dense clusters, across the antimeridian and at the poles', () => {
    const bounds = fc.record({ minDistance: fc.option(between(0, 10_000), { nil: undefined }), maxDistance: between(0, 30_000) })
    fc.assert(fc.property(denseCluster, fc.integer({ min: 1, max: 40 }), bounds, ({ entries, center }, k, { minDistance, maxDistance }) => {
      const index = indexOf(entries)
      const taken: NearestHit[] = []
      for (const hit of index.nearest(center, { minDistance, maxDistance })) {
        taken.push(hit)
        if (taken.length === k) break
      }
      expect(taken).toEqual(bruteForceNearest(new Map(entries), center, minDistance, maxDistance).slice(0, k))
    }), { ...clusterRuns, numRuns: 150 })
  })

  it('yields a correct prefix when the caller stops after k results', () => {
    fc.assert(fc.property(idsAndPoints, anyCenter, fc.integer({ min: 1, max: 25 }), (entries, center, k) => {
      const index = indexOf(entries)
      const taken: NearestHit[] = []
      for (const hit of index.nearest(center)) {
        taken.push(hit)
        if (taken.length === k) break
      }
      expect(taken).toEqual(bruteForceNearest(new Map(entries), center).slice(0, k))
    }))
  })

  it('finds neighbours on the other side of the antimeridian first', () => {
    const index = indexOf([['east', { lng: 179.99, lat: 10 }], ['west', { lng: -179.99, lat: 10 }], ['far', { lng: 170, lat: 10 }]])
    const hits = [...index.nearest({ lng: -179.999, lat: 10 })]
    expect(hits.map(hit => hit.id)).toEqual(['west', 'east', 'far'])
    expect(hits[1]?.distance).toBeLessThan(2_000)
  })

  it('finds neighbours across a pole', () => {
    const index = indexOf([['across', { lng: 180, lat: 89.99 }], ['same-side', { lng: 0, lat: 89.9 }]])
    expect([...index.nearest({ lng: 0, lat: 89.99 })].map(hit => hit.id)).toEqual(['across', 'same-side'])
  })

  it('treats both distance bounds as inclusive', () => {
    const index = indexOf([['a', { lng: 113, lat: 23 }], ['b', { lng: 113, lat: 24 }]])
    const oneDegree = distanceMeters({ lng: 113, lat: 23 }, { lng: 113, lat: 24 })
    const center = { lng: 113, lat: 23 }
    expect([...index.nearest(center, { minDistance: oneDegree, maxDistance: oneDegree })].map(hit => hit.id)).toEqual(['b'])
    expect([...index.nearest(center, { maxDistance: 0 })].map(hit => hit.id)).toEqual(['a'])
  })

  it('orders points at the same place by id', () => {
    const entries: [string, GeoPoint][] = Array.from({ length: 100 }, (_, i) => [`s${String(99 - i).padStart(2, '0')}`, { lng: 121.5, lat: 31.2 }])
    const hits = [...indexOf(entries).nearest({ lng: 121.4, lat: 31.2 })]
    expect(hits.map(hit => hit.id)).toEqual(entries.map(([id]) => id).sort())
  })

  it('refuses to continue an iteration after the index changed', () => {
    const index = indexOf([['a', { lng: 0, lat: 0 }], ['b', { lng: 1, lat: 0 }]])
    const iterator = index.nearest({ lng: 0, lat: 0 })
    expect(iterator.next().value).toEqual({ id: 'a', distance: 0 })
    index.delete('b')
    expect(() => iterator.next()).toThrow(/changed during a nearest\(\) iteration/)
  })

  it('refuses an invalid centre or distance bounds with INVALID_PARAM', () => {
    const index = indexOf([['a', { lng: 0, lat: 0 }]])
    const invalidCalls: (() => unknown)[] = [
      () => index.nearest({ lng: 181, lat: 0 }),
      () => index.nearest({ lng: 0, lat: Number.NaN }),
      () => index.nearest({ lng: 0, lat: 0 }, { maxDistance: -1 }),
      () => index.nearest({ lng: 0, lat: 0 }, { minDistance: Number.NaN }),
    ]
    for (const call of invalidCalls) {
      expect(call).toThrow(EmulatorError)
      expect(call).toThrow(expect.objectContaining({ code: 'INVALID_PARAM' }))
    }
  })
})

describe('SphericalPointIndex.within', () => {
  it('returns exactly the points a brute-force scan puts inside a circle', () => {
    fc.assert(fc.property(idsAndPoints, anyCenter, fc.oneof(between(0, 100_000), between(0, 21_000_000)), (entries, center, radiusMeters) => {
      const region: GeoRegion = { type: 'circle', center, radiusMeters }
      expect(indexOf(entries).within(region).sort()).toEqual(bruteForceWithin(new Map(entries), region))
    }), { numRuns: 300 })
  })

  it('returns exactly the points a brute-force scan puts inside a circle in a dense cluster', () => {
    fc.assert(fc.property(denseCluster, between(0, 20_000), ({ entries, center }, radiusMeters) => {
      const region: GeoRegion = { type: 'circle', center, radiusMeters }
      expect(indexOf(entries).within(region).sort()).toEqual(bruteForceWithin(new Map(entries), region))
    }), { ...clusterRuns, numRuns: 100 })
  })

  it('returns exactly the points a brute-force scan puts inside polygons with holes, boundaries included', () => {
    const fractions = fc.array(fc.tuple(between(0, 1), between(0, 1)), { maxLength: 200 })
    fc.assert(fc.property(starPolygonSpec, fc.option(starPolygonSpec, { nil: null }), fractions, idsAndPoints, (spec, second, inBox, elsewhere) => {
      const region: GeoRegion = { type: 'polygons', polygons: second === null ? [polygonOf(spec)] : [polygonOf(spec), polygonOf(second)] }
      const entries = [...pointsAround(spec, inBox), ...elsewhere]
      expect(indexOf(entries).within(region).sort()).toEqual(bruteForceWithin(new Map(entries), region))
    }), { numRuns: 300 })
  })

  it('counts a polygon\'s vertices as inside and a hole\'s interior as outside', () => {
    const polygon = polygonOf({ center: { lng: 116.4, lat: 39.9 }, radius: 0.2, rotation: 0, outer: [1, 1, 1, 1], hole: [1, 1, 1, 1] })
    const index = indexOf([['vertex', { lng: 116.6, lat: 39.9 }], ['in-hole', { lng: 116.4, lat: 39.9 }], ['in-ring', { lng: 116.5, lat: 39.9 }]])
    expect(index.within({ type: 'polygons', polygons: [polygon] }).sort()).toEqual(['in-ring', 'vertex'])
  })
})

describe('SphericalPointIndex maintenance', () => {
  const operation = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), id: fc.nat({ max: 80 }), point: fc.option(anyPoint, { nil: null }) }),
    fc.record({ kind: fc.constant('set' as const), id: fc.nat({ max: 80 }), point: fc.record({ lng: between(121.4, 121.41), lat: between(31.2, 31.21) }) }),
    fc.record({ kind: fc.constant('delete' as const), id: fc.nat({ max: 80 }), point: fc.constant(null) }),
  )

  it('stays consistent with a plain map through any sequence of set, move, null and delete', () => {
    fc.assert(fc.property(fc.array(operation, { maxLength: 400 }), anyCenter, (operations, center) => {
      const index = new SphericalPointIndex()
      const model = new Map<string, GeoPoint>()
      for (const { kind, id, point } of operations) {
        const key = `d${id}`
        if (kind === 'delete') {
          expect(index.delete(key)).toBe(model.delete(key))
        } else {
          index.set(key, point)
          if (point === null) model.delete(key)
          else model.set(key, point)
        }
      }
      expect(index.size).toBe(model.size)
      for (let id = 0; id <= 80; id++) expect(index.get(`d${id}`)).toEqual(model.get(`d${id}`))
      expect([...index.nearest(center)]).toEqual(bruteForceNearest(model, center))
      const region: GeoRegion = { type: 'circle', center, radiusMeters: 5_000_000 }
      expect(index.within(region).sort()).toEqual(bruteForceWithin(model, region))
    }), { numRuns: 200 })
  })

  it('answers correctly after a dense cluster grows deep and shrinks back', () => {
    const index = new SphericalPointIndex()
    const model = new Map<string, GeoPoint>()
    for (let i = 0; i < 2_000; i++) {
      const point = { lng: 113.26 + (i % 45) * 1e-5, lat: 23.13 + Math.floor(i / 45) * 1e-5 }
      index.set(`c${i}`, point)
      model.set(`c${i}`, point)
    }
    for (let i = 0; i < 2_000; i += 1) {
      if (i % 97 === 0) continue
      index.delete(`c${i}`)
      model.delete(`c${i}`)
    }
    const center = { lng: 113.2602, lat: 23.1302 }
    expect(index.size).toBe(model.size)
    expect([...index.nearest(center)]).toEqual(bruteForceNearest(model, center))
  })

  it('moves a point when its id is set again and forgets it on clear', () => {
    const index = indexOf([['a', { lng: 100, lat: 30 }]])
    index.set('a', { lng: -70, lat: -30 })
    expect(index.size).toBe(1)
    expect([...index.nearest({ lng: -70, lat: -30 }, { maxDistance: 1 })].map(hit => hit.id)).toEqual(['a'])
    expect([...index.nearest({ lng: 100, lat: 30 }, { maxDistance: 1_000_000 })]).toEqual([])
    index.clear()
    expect(index.size).toBe(0)
    expect(index.has('a')).toBe(false)
  })

  it('refuses a point out of range with INVALID_PARAM and keeps the old one', () => {
    const index = indexOf([['a', { lng: 100, lat: 30 }]])
    expect(() => index.set('a', { lng: 100, lat: 91 })).toThrow(expect.objectContaining({ code: 'INVALID_PARAM' }))
    expect(index.get('a')).toEqual({ lng: 100, lat: 30 })
  })
})
