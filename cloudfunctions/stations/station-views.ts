import type { MyReport, NearbyStation, StaffReport, StationDetail, StationPhoto, StationSummary } from '../../src/domain/contracts/stations'
import { distanceMeters } from '../../src/domain/geo/distance-meters'
import type { LngLat } from '../../src/domain/geo/lng-lat'
import type { AmenityCatalogue } from '../../src/domain/stations/amenities'
import type { OpeningStatus } from '../../src/domain/stations/opening-hours'
import { describeOpeningHours } from '../../src/domain/stations/opening-hours'
import type { FeedbackDocument } from './station-feedback-repository'
import { toStationSummary, type StoredStation } from './station-document'

/** A station in a list of places to walk to: its summary, how far it is (whole metres), open or not. */
export function toNearbyStation(station: StoredStation, origin: LngLat, opening: OpeningStatus): NearbyStation {
  return { station: toStationSummary(station), distanceMeters: Math.round(distanceMeters(origin, station.location)), opening }
}

/** A report as its reporter follows it: no staff or other people's details; their photo with a fresh link. */
export function toMyReport(report: FeedbackDocument, photoLinks: ReadonlyMap<string, string | null> = new Map()): MyReport {
  return {
    id: report._id,
    stationId: report.stationId,
    stationName: report.stationName,
    kind: report.kind,
    amenity: report.amenity ?? null,
    note: report.note ?? null,
    photo: typeof report.photo === 'string' ? { fileId: report.photo, url: photoLinks.get(report.photo) ?? null } : null,
    state: report.state,
    outcome: report.outcome ?? null,
    createdAt: report.createdAt.toISOString(),
    updatedAt: report.updatedAt.toISOString(),
  }
}

/** A report as staff review it; who moved it is kept in the database, not shown. */
export function toStaffReport(report: FeedbackDocument, station: StoredStation | null, photoUrl: string | null): StaffReport {
  return {
    ...toMyReport(report, typeof report.photo === 'string' ? new Map([[report.photo, photoUrl]]) : new Map()),
    reporterUserId: report.reporterUserId ?? null,
    suggestedLocation: report.suggestedLocation ?? null,
    station: station === null ? null : toStationSummary(station),
    history: (report.history ?? []).map(entry => ({ state: entry.state, at: entry.at.toISOString(), note: entry.note ?? null })),
    fixApplied: report.fixApplied === true,
    reporterNotification: report.reporterNotification?.channel ?? null,
  }
}

/** The station page. */
export function toStationDetail(
  station: StoredStation,
  extras: {
    readonly opening: OpeningStatus
    readonly catalogue: AmenityCatalogue
    readonly photoLinks: ReadonlyMap<string, string | null>
    readonly myReports: readonly FeedbackDocument[]
  },
): StationDetail {
  const summary: StationSummary = toStationSummary(station)
  const photos: StationPhoto[] = station.photos.map(fileId => ({ fileId, url: extras.photoLinks.get(fileId) ?? null }))
  return {
    ...summary,
    code: station.code,
    photos,
    hoursLines: describeOpeningHours(station.hours),
    opening: extras.opening,
    catalogue: extras.catalogue,
    myReports: extras.myReports.map(report => toMyReport(report, extras.photoLinks)),
    version: station.version,
  }
}
