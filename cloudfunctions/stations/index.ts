import { stationsContract } from '../../src/domain/contracts/stations'
import { database } from '../runtime/cloudbase-app'
import { createFunction } from '../runtime/create-function'
import { templateIdsFromEnvironment } from '../runtime/notifications/template-ids'
import { nearbyService } from './nearby-service'
import { storagePhotoLinks } from './photo-links'
import { problemReportService } from './problem-report-service'
import { reportReviewService } from './report-review-service'
import { stationAdminService } from './station-admin-service'
import { stationDirectoryService } from './station-directory-service'
import { stationFavouritesRepository } from './station-favourites-repository'
import { stationFinderService } from './station-finder-service'
import { stationFeedbackRepository } from './station-feedback-repository'
import { stationSettingsLoader } from './station-settings'
import { stationSettingsRepository } from './station-settings-repository'
import { stationsRepository } from './stations-repository'

function services() {
  const db = database()
  const now = () => new Date()
  const deps = {
    stations: stationsRepository(db),
    feedback: stationFeedbackRepository(db),
    favourites: stationFavouritesRepository(db),
    settings: stationSettingsLoader({ repository: stationSettingsRepository(db), now }),
    photoLinks: storagePhotoLinks,
    templateIdOf: templateIdsFromEnvironment(),
    now,
  }
  return {
    nearby: nearbyService(deps),
    directory: stationDirectoryService(deps),
    finder: stationFinderService(deps),
    reports: problemReportService(deps),
    admin: stationAdminService(deps),
    review: reportReviewService(deps),
  }
}

let built: ReturnType<typeof services> | undefined
const use = () => (built ??= services())

/** The `stations` cloud function: nearby and name search, 常去的驿站, the city list, station pages, problem reports, staff management. */
export const main = createFunction(stationsContract, {
  nearby: (payload, context) => use().nearby.nearby(payload, context),
  findStations: (payload, context) => use().finder.findStations(payload, context),
  listFavourites: (payload, context) => use().finder.listFavourites(payload, context),
  setFavourite: (payload, context) => use().finder.setFavourite(payload, context),
  listCity: (payload, context) => use().directory.listCity(payload, context),
  getStation: (payload, context) => use().directory.getStation(payload.stationId, context),
  reportProblem: (payload, context) => use().reports.reportProblem(payload, context),
  listMyReports: (payload, context) => use().reports.listMyReports(payload, context),
  searchStations: payload => use().admin.searchStations(payload),
  createStation: (payload, context) => use().admin.createStation(payload, context),
  updateStation: (payload, context) => use().admin.updateStation(payload, context),
  setStationStatus: (payload, context) => use().admin.setStationStatus(payload, context),
  listReports: (payload, context) => use().review.listReports(payload, context),
  getReport: (payload, context) => use().review.getReport(payload.reportId, context),
  reviewReport: (payload, context) => use().review.reviewReport(payload, context),
})
