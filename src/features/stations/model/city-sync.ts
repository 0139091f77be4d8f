import type { CityStationsPage, StationSummary } from '../../../domain/contracts/stations'
import type { CityStationCache, CityStations } from './city-station-cache'

/** One page of the city list, as `listCity` answers. */
export type FetchCityPage = (cursor: string | undefined) => Promise<CityStationsPage>

/** A city of 6,000 is 12 pages; more than this is a cursor that never ends, not a city. */
const MAX_PAGES = 100

/**
 * Downloads the whole city list page by page and saves it as one copy, only once every page has
 * arrived: a download cut off by the signal leaves the previous copy in place.
 */
export async function downloadCity(fetchPage: FetchCityPage, cache: CityStationCache, now: () => number = Date.now): Promise<CityStations> {
  const stations: StationSummary[] = []
  let cursor: string | undefined
  let first: CityStationsPage | undefined
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await fetchPage(cursor)
    first ??= answer
    stations.push(...answer.items)
    if (answer.nextCursor === null) {
      const city: CityStations = { stations, catalogue: first.catalogue, holidays: first.holidays }
      cache.save(city, now())
      return city
    }
    cursor = answer.nextCursor
  }
  throw new Error('the city list did not end')
}
