import { MAX_FAVOURITE_STATIONS, stationsContract, type NearbyAnswer, type NearbyStation } from '../../src/domain/contracts/stations'
import type { LngLat } from '../../src/domain/geo/lng-lat'
import { openingStatus } from '../../src/domain/stations/opening-hours'
import { matchesStationQuery, STATION_SEARCH_RADIUS_METERS, stationQueryTerms } from '../../src/domain/stations/station-search'
import { AppError } from '../runtime/app-error'
import type { CallerContext } from '../runtime/create-function'
import { signedInUser } from '../runtime/signed-in-user'
import type { StoredStation } from './station-document'
import { toNearbyStation } from './station-views'
import type { StationFavouritesRepository } from './station-favourites-repository'
import type { LoadStationSettings } from './station-settings'
import type { StationsRepository } from './stations-repository'

export interface StationFinderDependencies {
  readonly stations: StationsRepository
  readonly favourites: StationFavouritesRepository
  readonly settings: LoadStationSettings
  readonly now: () => Date
}

/** Search results a phone shows: the nearest twenty are the ones anybody walks to. */
export const SEARCH_LIMIT = 20
/** Candidates read for one search: holding the pairs of a word is not always holding the word, so read a few more. */
const SEARCH_CANDIDATES = 40

/** Finding a station by its name or address, and the person's own 常去的驿站. */
export function stationFinderService(deps: StationFinderDependencies) {
  async function answer(origin: LngLat, stations: readonly StoredStation[], context: CallerContext): Promise<NearbyAnswer> {
    const settings = await deps.settings(context.log)
    const now = deps.now()
    const items: NearbyStation[] = stations
      .map(station => toNearbyStation(station, origin, openingStatus(station.hours, now, settings.calendar, { status: station.status })))
      .sort((a, b) => a.distanceMeters - b.distanceMeters)
    return { items, catalogue: settings.catalogue, at: now.toISOString() }
  }

  return {
    async findStations(request: { query: string; origin: LngLat }, context: CallerContext): Promise<NearbyAnswer> {
      const terms = stationQueryTerms(request.query)
      const candidates =
        terms === null
          ? []
          : await deps.stations.searchNear({ origin: request.origin, maxDistanceMeters: STATION_SEARCH_RADIUS_METERS, terms, limit: SEARCH_CANDIDATES })
      const found = candidates.filter(station => matchesStationQuery(station, request.query)).slice(0, SEARCH_LIMIT)
      return await answer(request.origin, found, context)
    },

    async listFavourites(request: { origin: LngLat }, context: CallerContext): Promise<NearbyAnswer> {
      const { userId } = signedInUser(context)
      const ids = await deps.favourites.stationIdsOf(userId, MAX_FAVOURITE_STATIONS)
      // A station the city has since removed simply drops out of the list.
      return await answer(request.origin, await deps.stations.findByIds(ids), context)
    },

    async setFavourite(request: { stationId: string; favourite: boolean }, context: CallerContext): Promise<{ stationId: string; favourite: boolean }> {
      const { userId } = signedInUser(context)
      if (!request.favourite) {
        await deps.favourites.remove(userId, request.stationId)
        return { stationId: request.stationId, favourite: false }
      }
      const station = await deps.stations.findById(request.stationId)
      if (station === null) throw new AppError(stationsContract.errors.StationNotFound, '没有找到这个驿站，可能已经撤销')
      if (!(await deps.favourites.has(userId, station.id)) && (await deps.favourites.countOf(userId)) >= MAX_FAVOURITE_STATIONS) {
        throw new AppError(stationsContract.errors.TooManyFavourites, `常去的驿站最多 ${MAX_FAVOURITE_STATIONS} 个，请先去掉一个不常去的`)
      }
      await deps.favourites.add(userId, station, deps.now())
      return { stationId: station.id, favourite: true }
    },
  }
}
