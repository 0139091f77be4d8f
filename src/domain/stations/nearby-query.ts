import * as v from 'valibot'
import type { LngLat } from '../geo/lng-lat'
import { sortByDistance } from '../geo/nearest-first'
import { amenityKeySchema, matchesAmenities } from './amenities'
import type { HolidayCalendar } from './holiday-calendar'
import { openingStatus, type OpeningHours, type OpeningStatus } from './opening-hours'
import type { StationStatus } from './station'

/** The search radii a person can pick, in metres. */
export const NEARBY_RADII = [500, 1000, 3000, 5000, 10000] as const

export type NearbyRadius = (typeof NEARBY_RADII)[number]

/** Schema for the nearby-search filter, shared by the cloud function and the offline list. */
export const nearbyFilterSchema = v.strictObject({
  amenities: v.pipe(v.array(amenityKeySchema), v.maxLength(20)),
  openNow: v.boolean(),
  radiusMeters: v.picklist(NEARBY_RADII),
})

export type NearbyFilter = v.InferOutput<typeof nearbyFilterSchema>

/** What the list starts with: everything within 3 km, open or not. */
export const DEFAULT_NEARBY_FILTER: NearbyFilter = { amenities: [], openNow: false, radiusMeters: 3000 }

/** The fields of a station the nearby search reads. */
export interface NearbyCandidate {
  readonly location: LngLat
  readonly amenities: readonly string[]
  readonly hours: OpeningHours
  readonly status: StationStatus
}

/** A station in the nearby list: its distance and whether it is open now. */
export interface NearbyResult<T> {
  readonly station: T
  readonly distanceMeters: number
  readonly opening: OpeningStatus
}

/** Metres per degree of latitude on the sphere distances are measured on. */
const METERS_PER_DEGREE = 111_195

/** Whether a point can be within `radiusMeters` of `origin`: a cheap box test before the real distance. */
function boxTest(origin: LngLat, radiusMeters: number): (point: LngLat) => boolean {
  const latDelta = radiusMeters / METERS_PER_DEGREE
  // The box widens towards the poles; near them (never in China) it simply covers every longitude.
  const cosLat = Math.cos(((Math.abs(origin.lat) + latDelta) * Math.PI) / 180)
  const lngDelta = cosLat > 0.01 ? latDelta / cosLat : 360
  return (point) => Math.abs(point.lat - origin.lat) <= latDelta && Math.abs(point.lng - origin.lng) <= lngDelta
}

/**
 * The nearby list from a cached set of stations: those within the radius that offer every
 * required amenity, nearest first, each with its opening status at `now`; at most `limit` of them.
 *
 * Decision: closed stations stay in plain distance order, marked closed (休息中, 今日已关门, 暂停开放) for the UI to grey out,
 * rather than sinking below open ones. A tired worker's real choice is often the nearest door,
 * and the list must not reorder itself as the clock passes a closing time; whoever wants only
 * open stations turns on `openNow`, which drops closed ones and keeps 即将关闭 ones.
 *
 * Built for a city's 6,000 stations on an old phone: a bounding-box test drops far stations before
 * any trigonometry, the opening status is computed once per distinct timetable, and the walk stops
 * at `limit`.
 */
export function filterAndRankOffline<T extends NearbyCandidate>(
  stations: readonly T[],
  origin: LngLat,
  filter: NearbyFilter,
  now: Date,
  calendar: HolidayCalendar,
  limit = Number.POSITIVE_INFINITY,
): NearbyResult<T>[] {
  const inBox = boxTest(origin, filter.radiusMeters)
  const candidates = stations.filter((station) => inBox(station.location) && matchesAmenities(station.amenities, filter.amenities))
  const statusByTimetable = new Map<string, OpeningStatus>()
  const results: NearbyResult<T>[] = []
  for (const { item, distanceMeters } of sortByDistance(candidates, origin)) {
    if (distanceMeters > filter.radiusMeters || results.length >= limit) break
    const key = `${item.status}|${JSON.stringify(item.hours)}`
    let opening = statusByTimetable.get(key)
    if (opening === undefined) {
      opening = openingStatus(item.hours, now, calendar, { status: item.status })
      statusByTimetable.set(key, opening)
    }
    if (filter.openNow && opening.state === 'closed') continue
    results.push({ station: item, distanceMeters, opening })
  }
  return results
}
