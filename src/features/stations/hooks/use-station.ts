import type { StationDetail, StationSummary } from '../../../domain/contracts/stations'
import { buildHolidayCalendar, NO_HOLIDAYS } from '../../../domain/stations/holiday-calendar'
import { describeOpeningHours, openingStatus } from '../../../domain/stations/opening-hours'
import { isCloudError } from '../../../lib/cloud-error'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { getStation } from '../api/get-station'
import type { CityStationCache } from '../model/city-station-cache'
import { cityStationCache } from './city-cache'

/** The station page's data, and whether it came from the phone's copy (no photos or reports then). */
export interface StationPage {
  readonly station: StationDetail
  readonly offlineSavedAt: number | null
}

function fromCopy(summary: StationSummary, cached: NonNullable<ReturnType<CityStationCache['load']>>, now: Date): StationDetail {
  let calendar = NO_HOLIDAYS
  try {
    calendar = buildHolidayCalendar(cached.holidays)
  } catch {
    // A damaged calendar in the copy: ordinary weeks are the better guess than no page at all.
  }
  return {
    ...summary,
    code: null,
    photos: [],
    hoursLines: describeOpeningHours(summary.hours),
    opening: openingStatus(summary.hours, now, calendar, { status: summary.status }),
    catalogue: cached.catalogue,
    myReports: [],
    version: 0,
  }
}

/** Loads a station page; on no signal, what the phone's copy knows about it. */
export async function loadStationPage(
  stationId: string,
  deps: { readonly fetch: (id: string) => Promise<StationDetail>; readonly cache: CityStationCache; readonly now: () => Date } = {
    fetch: getStation,
    cache: cityStationCache,
    now: () => new Date(),
  },
): Promise<StationPage> {
  try {
    return { station: await deps.fetch(stationId), offlineSavedAt: null }
  } catch (error) {
    if (!isCloudError(error) || !error.retryable) throw error
    const cached = deps.cache.load()
    const summary = cached?.stations.find(station => station.id === stationId)
    if (cached === null || summary === undefined) throw error
    return { station: fromCopy(summary, cached, deps.now()), offlineSavedAt: cached.savedAt }
  }
}

export function useStation(stationId: string): RemoteState<StationPage> {
  return useRemote(() => loadStationPage(stationId), [stationId], { isEmpty: () => false })
}
