import type { GeoPoint } from './geo-point'
import { angleBetween, toUnitVector } from './unit-vector'

/**
 * The sphere MongoDB measures 2dsphere distances on: `kRadiusOfEarthInMeters = (6378.1 * 1000)` in
 * mongodb/mongo `src/mongo/db/geo/geoconstants.h` (the equatorial radius, as its manual's
 * "Calculate Distance Using Spherical Geometry" page also says: 6,378.1 km).
 */
export const EARTH_RADIUS_METERS = 6_378_100

/** Great-circle distance between two points in metres on MongoDB's sphere. */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const vb = toUnitVector(b)
  return EARTH_RADIUS_METERS * angleBetween(toUnitVector(a), vb.x, vb.y, vb.z)
}
