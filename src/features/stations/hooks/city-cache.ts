import { createCityStationCache, isCityCacheStale, type CachedCity, type CityStationCache } from '../model/city-station-cache'
import { downloadCity, type FetchCityPage } from '../model/city-sync'
import { listCityStations } from '../api/list-city-stations'

/** The app's one offline copy of the city's stations. */
export const cityStationCache: CityStationCache = createCityStationCache()

let syncing: Promise<CachedCity | null> | null = null

/**
 * Refreshes the offline copy when it is missing or a day old; concurrent callers share one
 * download, and a failed one (no signal) leaves the old copy and is tried again next time.
 */
export function refreshCityIfStale(
  cache: CityStationCache = cityStationCache,
  fetchPage: FetchCityPage = listCityStations,
  now: () => number = Date.now,
): Promise<CachedCity | null> {
  const current = cache.load()
  if (current !== null && !isCityCacheStale(current.savedAt, now())) return Promise.resolve(current)
  syncing ??= downloadCity(fetchPage, cache, now)
    .then(() => cache.load(), () => current)
    .finally(() => {
      syncing = null
    })
  return syncing
}
