import type { NearbyAnswer } from '../../../domain/contracts/stations'
import type { LngLat } from '../../../domain/geo/lng-lat'
import { DEFAULT_AMENITY_CATALOGUE, type AmenityCatalogue } from '../../../domain/stations/amenities'
import { buildHolidayCalendar, NO_HOLIDAYS, type HolidayCalendar, type HolidayPeriod } from '../../../domain/stations/holiday-calendar'
import { filterAndRankOffline, type NearbyFilter } from '../../../domain/stations/nearby-query'
import { isCloudError } from '../../../lib/cloud-error'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { nearbyStations } from '../api/nearby-stations'
import type { CachedCity, CityStationCache } from '../model/city-station-cache'
import { LIST_LIMIT, nearbyRows, type NearbyRow, type RankedStation } from '../model/nearby-view'
import { cityStationCache } from './city-cache'

/** Where the list came from: the server now, or the phone's copy saved at `savedAt`. */
export type NearbySource = { readonly kind: 'online' } | { readonly kind: 'offline'; readonly savedAt: number }

export interface NearbyList {
  readonly rows: readonly NearbyRow[]
  readonly catalogue: AmenityCatalogue
  readonly source: NearbySource
}

export interface NearbyDependencies {
  readonly fetch: (origin: LngLat, filter: NearbyFilter, limit: number) => Promise<NearbyAnswer>
  readonly cache: CityStationCache
  readonly now: () => Date
}

const defaultDependencies: NearbyDependencies = { fetch: nearbyStations, cache: cityStationCache, now: () => new Date() }

function calendarOf(periods: readonly HolidayPeriod[]): HolidayCalendar {
  try {
    return buildHolidayCalendar(periods)
  } catch {
    return NO_HOLIDAYS
  }
}

/**
 * A station list from the server when there is signal; when the request fails to get through (no
 * network, timeout, server trouble), `offline` ranks the phone's copy of the city instead, marked
 * with the date it was saved. Refusals (a bad request) are shown as errors, not hidden.
 */
export async function onlineOrCopy(
  online: () => Promise<NearbyAnswer>,
  offline: (stations: CachedCity['stations'], calendar: HolidayCalendar) => readonly RankedStation[],
  cache: CityStationCache,
): Promise<NearbyList> {
  try {
    const answer = await online()
    return { rows: nearbyRows(answer.items, answer.catalogue), catalogue: answer.catalogue, source: { kind: 'online' } }
  } catch (error) {
    if (!isCloudError(error) || !error.retryable) throw error
    const cached = cache.load()
    if (cached === null) throw error
    const ranked = offline(cached.stations, calendarOf(cached.holidays))
    return { rows: nearbyRows(ranked, cached.catalogue), catalogue: cached.catalogue, source: { kind: 'offline', savedAt: cached.savedAt } }
  }
}

/** The nearby list: the server's geo query, or the phone's copy ranked on the phone. */
export function loadNearby(origin: LngLat, filter: NearbyFilter, deps: NearbyDependencies = defaultDependencies): Promise<NearbyList> {
  return onlineOrCopy(
    () => deps.fetch(origin, filter, LIST_LIMIT),
    (stations, calendar) => filterAndRankOffline(stations, origin, filter, deps.now(), calendar, LIST_LIMIT),
    deps.cache,
  )
}

/** The amenity checklist to offer before any answer came: the phone's copy, else the built-in one. */
export function initialCatalogue(cache: CityStationCache = cityStationCache): AmenityCatalogue {
  return cache.load()?.catalogue ?? DEFAULT_AMENITY_CATALOGUE
}

/** The nearby list for a point and filter; waits (loading) while the point is unknown. */
export function useNearbyStations(origin: LngLat | null, filter: NearbyFilter, deps?: NearbyDependencies): RemoteState<NearbyList> {
  const key = origin === null ? 'none' : `${origin.lng},${origin.lat}`
  return useRemote(
    () => (origin === null ? new Promise<NearbyList>(() => undefined) : loadNearby(origin, filter, deps)),
    [key, filter.radiusMeters, filter.openNow, filter.amenities.join(',')],
    { isEmpty: list => list.rows.length === 0 },
  )
}
