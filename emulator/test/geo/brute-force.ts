import { distanceMeters } from '../../src/geo/distance'
import type { GeoPoint } from '../../src/geo/geo-point'
import { regionContains, type GeoRegion } from '../../src/geo/geo-region'
import type { NearestHit } from '../../src/geo/spherical-point-index'

/** Ascending distance, then id: the order the index promises. */
export function byDistanceThenId(a: NearestHit, b: NearestHit): number {
  return a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** The answer `nearest` must give, by scanning everything. */
export function bruteForceNearest(
  points: ReadonlyMap<string, GeoPoint>,
  center: GeoPoint,
  minDistance = 0,
  maxDistance = Infinity,
): NearestHit[] {
  return [...points]
    .map(([id, point]) => ({ id, distance: distanceMeters(center, point) }))
    .filter(hit => hit.distance >= minDistance && hit.distance <= maxDistance)
    .sort(byDistanceThenId)
}

/** The answer `within` must give, by scanning everything (sorted for comparison). */
export function bruteForceWithin(points: ReadonlyMap<string, GeoPoint>, region: GeoRegion): string[] {
  return [...points].filter(([, point]) => regionContains(region, point)).map(([id]) => id).sort()
}
