import type { LngLat } from '../../../domain/geo/lng-lat'
import { searchOffline } from '../../../domain/stations/station-search'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { findStations } from '../api/find-stations'
import { LIST_LIMIT } from '../model/nearby-view'
import { cityStationCache } from './city-cache'
import { onlineOrCopy, type NearbyList } from './use-nearby-stations'

/** Stations by name or address from the server, or from the phone's copy with no signal; idle while `query` is empty. */
export function useStationSearch(origin: LngLat | null, query: string): RemoteState<NearbyList> {
  const key = origin === null ? '' : `${origin.lng},${origin.lat}`
  return useRemote(
    () =>
      origin === null || query === ''
        ? new Promise<NearbyList>(() => undefined)
        : onlineOrCopy(
            () => findStations(query, origin),
            (stations, calendar) => searchOffline(stations, query, origin, new Date(), calendar, LIST_LIMIT),
            cityStationCache,
          ),
    [key, query],
    { isEmpty: list => list.rows.length === 0 },
  )
}
