import { sortByDistance } from '../../../domain/geo/nearest-first'
import type { LngLat } from '../../../domain/geo/lng-lat'
import { openingStatus } from '../../../domain/stations/opening-hours'
import { createOfflineCache } from '../../../lib/offline-cache'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { listFavourites } from '../api/list-favourites'
import { cityStationCache } from './city-cache'
import { onlineOrCopy, type NearbyList } from './use-nearby-stations'

/** Which stations the person keeps, so the list still shows them from the phone's copy with no signal. */
const favouriteIds = createOfflineCache<string[]>({
  key: 'stations.favourites',
  version: 1,
  isValid: (value): value is string[] => Array.isArray(value) && value.every(item => typeof item === 'string'),
})

/** The person's 常去的驿站 for the top of the tab, nearest first. */
export function useFavouriteStations(origin: LngLat | null): RemoteState<NearbyList> {
  const key = origin === null ? '' : `${origin.lng},${origin.lat}`
  return useRemote(
    () =>
      origin === null
        ? new Promise<NearbyList>(() => undefined)
        : onlineOrCopy(
            async () => {
              const answer = await listFavourites(origin)
              favouriteIds.save(answer.items.map(item => item.station.id))
              return answer
            },
            (stations, calendar) => {
              const kept = new Set(favouriteIds.load()?.data ?? [])
              const now = new Date()
              return sortByDistance(stations.filter(station => kept.has(station.id)), origin).map(({ item, distanceMeters }) => ({
                station: item,
                distanceMeters,
                opening: openingStatus(item.hours, now, calendar, { status: item.status }),
              }))
            },
            cityStationCache,
          ),
    [key],
    { isEmpty: list => list.rows.length === 0 },
  )
}
