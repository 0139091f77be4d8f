import type { LngLat } from './lng-lat'

/** Mean Earth radius (IUGG R1), the sphere that haversine distances here are measured on. */
export const EARTH_RADIUS_METERS = 6_371_008.8

const RADIANS_PER_DEGREE = Math.PI / 180

/**
 * Great-circle distance in metres between two points (haversine on a sphere). Both points must be
 * in the same datum; GCJ-02's offset is locally smooth, so distances between GCJ-02 points are
 * as good as WGS-84 ones at the scale of a city.
 */
export function distanceMeters(a: LngLat, b: LngLat): number {
  const lat1 = a.lat * RADIANS_PER_DEGREE
  const lat2 = b.lat * RADIANS_PER_DEGREE
  const sinHalfDLat = Math.sin((lat2 - lat1) / 2)
  const sinHalfDLng = Math.sin(((b.lng - a.lng) * RADIANS_PER_DEGREE) / 2)
  const h = sinHalfDLat * sinHalfDLat + Math.cos(lat1) * Math.cos(lat2) * sinHalfDLng * sinHalfDLng
  // Clamped: rounding can push h a hair past 1 for antipodal points, and asin would return NaN.
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(Math.min(1, h)))
}
