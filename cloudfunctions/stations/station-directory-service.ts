import { stationsContract, type CityStationsPage, type StationDetail } from '../../src/domain/contracts/stations'
import { openingStatus } from '../../src/domain/stations/opening-hours'
import { AppError } from '../runtime/app-error'
import type { CallerContext } from '../runtime/create-function'
import type { PhotoLinks } from './photo-links'
import { toStationSummary } from './station-document'
import type { StationFavouritesRepository } from './station-favourites-repository'
import type { StationFeedbackRepository } from './station-feedback-repository'
import type { LoadStationSettings } from './station-settings'
import { toStationDetail } from './station-views'
import type { StationsRepository } from './stations-repository'

export interface StationDirectoryDependencies {
  readonly stations: StationsRepository
  readonly feedback: StationFeedbackRepository
  readonly favourites: StationFavouritesRepository
  readonly settings: LoadStationSettings
  readonly photoLinks: PhotoLinks
  readonly now: () => Date
}

/** 500 compact stations are about 150 KB: a city of 6,000 arrives in twelve small answers on a weak signal. */
export const CITY_PAGE_SIZE = 500
const MY_REPORTS_ON_STATION_PAGE = 5

function readAfterId(cursor: string | undefined): string | null {
  if (cursor === undefined) return null
  const match = /^a([A-Za-z0-9_-]{1,64})$/.exec(cursor)
  return match?.[1] ?? null
}

/** What every worker reads: the city's list for the offline copy, and a station's page. */
export function stationDirectoryService(deps: StationDirectoryDependencies) {
  return {
    async listCity(request: { district?: string; cursor?: string }, context: CallerContext): Promise<CityStationsPage> {
      const settings = await deps.settings(context.log)
      const page = await deps.stations.listAfter(readAfterId(request.cursor), request.district ?? null, CITY_PAGE_SIZE + 1)
      const items = page.slice(0, CITY_PAGE_SIZE)
      const last = items[items.length - 1]
      return {
        items: items.map(toStationSummary),
        nextCursor: page.length > CITY_PAGE_SIZE && last !== undefined ? `a${last.id}` : null,
        catalogue: settings.catalogue,
        holidays: settings.holidayPeriods,
        at: deps.now().toISOString(),
      }
    },

    async getStation(stationId: string, context: CallerContext): Promise<StationDetail> {
      const station = await deps.stations.findById(stationId)
      if (station === null) throw new AppError(stationsContract.errors.StationNotFound, '没有找到这个驿站，可能已经撤销')
      const userId = context.userId
      const [settings, photoLinks, myReports, favourite] = await Promise.all([
        deps.settings(context.log),
        deps.photoLinks(station.photos),
        userId === null ? Promise.resolve([]) : deps.feedback.byReporterForStation(userId, station.id, MY_REPORTS_ON_STATION_PAGE),
        userId === null ? Promise.resolve(false) : deps.favourites.has(userId, station.id),
      ])
      const opening = openingStatus(station.hours, deps.now(), settings.calendar, { status: station.status })
      return { ...toStationDetail(station, { opening, catalogue: settings.catalogue, photoLinks, myReports }), favourite }
    },
  }
}
