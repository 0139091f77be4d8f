import { EARTH_RADIUS_METERS } from './distance-meters'
import type { LngLat } from './lng-lat'

/** An item with its distance from the origin it was ranked against. */
export interface Ranked<T> {
  readonly item: T
  readonly distanceMeters: number
}

const RADIANS_PER_DEGREE = Math.PI / 180

/**
 * Items ordered nearest first, each with its haversine distance in metres from `origin`.
 * Equal distances keep their input order (Array#sort is stable since ES2019).
 *
 * Built for a cached city list (up to ~6,000 stations) on an old phone: each distance is computed
 * once, with the origin's trigonometry hoisted out of the loop, and the comparator only subtracts
 * two precomputed numbers.
 */
export function sortByDistance<T extends { readonly location: LngLat }>(items: readonly T[], origin: LngLat): Ranked<T>[] {
  const originLat = origin.lat * RADIANS_PER_DEGREE
  const cosOriginLat = Math.cos(originLat)
  const ranked = items.map((item): Ranked<T> => {
    const lat = item.location.lat * RADIANS_PER_DEGREE
    const sinHalfDLat = Math.sin((lat - originLat) / 2)
    const sinHalfDLng = Math.sin(((item.location.lng - origin.lng) * RADIANS_PER_DEGREE) / 2)
    const h = sinHalfDLat * sinHalfDLat + cosOriginLat * Math.cos(lat) * sinHalfDLng * sinHalfDLng
    return { item, distanceMeters: 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(Math.min(1, h))) }
  })
  ranked.sort((a, b) => a.distanceMeters - b.distanceMeters)
  return ranked
}
