import { stationsContract, type Page, type StaffStationRow, type StationDetail } from '../../src/domain/contracts/stations'
import { unknownAmenityKeys } from '../../src/domain/stations/amenities'
import { openingStatus } from '../../src/domain/stations/opening-hours'
import { PENDING_REPORT_STATES } from '../../src/domain/stations/problem-report'
import { createStationInputSchema, stationKey, type StationInput, type StationStatus } from '../../src/domain/stations/station'
import { shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import { literalPattern } from '../runtime/literal-pattern'
import { checkPayload } from '../runtime/payload-check'
import { offsetPage, pageOffset } from '../runtime/offset-page'
import { storagePathOf } from '../../src/domain/storage/upload-folder'
import type { PhotoLinks } from './photo-links'
import { fieldsFromInput, toStationSummary, type StationFields, type StoredStation } from './station-document'
import type { StationFeedbackRepository } from './station-feedback-repository'
import type { LoadStationSettings } from './station-settings'
import { toStationDetail } from './station-views'
import type { StationsRepository } from './stations-repository'

export interface StationAdminDependencies {
  readonly stations: StationsRepository
  readonly feedback: StationFeedbackRepository
  readonly settings: LoadStationSettings
  readonly photoLinks: PhotoLinks
  readonly now: () => Date
}

/** Where the app uploads station photos; a station may only show files from there. */
export const STATION_PHOTO_FOLDER = 'station-photos/'
const SEARCH_PAGE = 20

/** Staff add, edit, close and reopen stations. Every change is audited by the router. */
export function stationAdminService(deps: StationAdminDependencies) {
  const notFound = () => new AppError(stationsContract.errors.StationNotFound, '没有找到这个驿站，可能已经撤销')

  /** Checks the edit against the catalogue the database holds, and the photos against the upload folder. */
  async function checkedFields(input: StationInput, verifiedToday: boolean, context: CallerContext): Promise<StationFields> {
    const settings = await deps.settings(context.log)
    if (unknownAmenityKeys(settings.catalogue, input.amenities).length > 0) {
      throw new AppError(stationsContract.errors.UnknownAmenity, '有设施不在设施清单里，请重新选择')
    }
    // Checked again against the database's catalogue, answered in the same plain words as a payload check.
    const checked = checkPayload(createStationInputSchema(settings.catalogue), input)
    if (!checked.ok) throw new AppError(stationsContract.errors.InvalidStation, checked.message)
    if (checked.value.photos.some(photo => !(storagePathOf(photo) ?? '').startsWith(STATION_PHOTO_FOLDER))) {
      throw new AppError(stationsContract.errors.PhotoNotFound, '有照片不是通过本系统上传的，请重新上传')
    }
    const fields = fieldsFromInput(checked.value)
    return verifiedToday ? { ...fields, lastVerifiedOn: shanghaiDateKey(deps.now()) } : fields
  }

  async function detailOf(station: StoredStation, context: CallerContext): Promise<StationDetail> {
    const [settings, photoLinks] = await Promise.all([deps.settings(context.log), deps.photoLinks(station.photos)])
    const opening = openingStatus(station.hours, deps.now(), settings.calendar, { status: station.status })
    return toStationDetail(station, { opening, catalogue: settings.catalogue, photoLinks, myReports: [] })
  }

  /** The station as the change left it, read in the change's own transaction. */
  async function reload(stations: ReturnType<StationsRepository['in']>, stationId: string, context: CallerContext): Promise<StationDetail> {
    const station = await stations.findById(stationId)
    if (station === null) throw notFound()
    return await detailOf(station, context)
  }

  return {
    async searchStations(request: { search?: string; status?: StationStatus; cursor?: string }): Promise<Page<StaffStationRow>> {
      const skip = pageOffset(request.cursor)
      const search = request.search?.trim() ?? ''
      const page = await deps.stations.search({
        ...(search === '' ? {} : { namePattern: literalPattern(search) }),
        ...(request.status === undefined ? {} : { status: request.status }),
        skip,
        limit: SEARCH_PAGE + 1,
      })
      const { items, nextCursor } = offsetPage(page, skip, SEARCH_PAGE)
      const pending = await deps.feedback.pendingStationIds(items.map(station => station.id), PENDING_REPORT_STATES)
      return {
        items: items.map(station => ({ ...toStationSummary(station), pendingReports: pending.filter(id => id === station.id).length })),
        nextCursor,
      }
    },

    async createStation(request: { station: StationInput; verifiedToday: boolean }, context: CallerContext): Promise<StationDetail> {
      const fields = await checkedFields(request.station, request.verifiedToday, context)
      const id = stationKey({ ...(fields.code === null ? {} : { code: fields.code }), name: fields.name, address: fields.address })
      const transaction = transactionOf(context)
      const duplicate = new AppError(stationsContract.errors.DuplicateStation, '已经有同样编号、或同名同地址的驿站了')
      transaction.refuseDuplicateWith(duplicate)
      const stations = deps.stations.in(transaction)
      if ((await stations.findById(id)) !== null) throw duplicate
      await stations.insert(id, fields, deps.now())
      context.auditTarget({ stationId: id })
      return await reload(stations, id, context)
    },

    async updateStation(
      request: { stationId: string; expectedVersion: number; station: StationInput; verifiedToday: boolean },
      context: CallerContext,
    ): Promise<StationDetail> {
      const fields = await checkedFields(request.station, request.verifiedToday, context)
      const stations = deps.stations.in(transactionOf(context))
      const updated = await stations.update(request.stationId, request.expectedVersion, fields, deps.now())
      if (!updated) {
        if ((await stations.findById(request.stationId)) === null) throw notFound()
        throw new AppError(stationsContract.errors.EditConflict, '驿站信息刚被别人改过，请重新打开后再改')
      }
      context.auditTarget({ stationId: request.stationId, fromVersion: request.expectedVersion })
      return await reload(stations, request.stationId, context)
    },

    async setStationStatus(request: { stationId: string; status: StationStatus }, context: CallerContext): Promise<StationDetail> {
      const stations = deps.stations.in(transactionOf(context))
      const station = await stations.findById(request.stationId)
      if (station === null) throw notFound()
      if (station.status !== request.status) await stations.update(station.id, null, { status: request.status }, deps.now())
      context.auditTarget({ stationId: station.id, from: station.status, to: request.status })
      return await reload(stations, station.id, context)
    },
  }
}
