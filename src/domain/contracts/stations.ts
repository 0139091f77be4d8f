import * as v from 'valibot'
import type { LngLat } from '../geo/lng-lat'
import type { AmenityCatalogue } from '../stations/amenities'
import type { HolidayPeriod } from '../stations/holiday-calendar'
import { nearbyFilterSchema } from '../stations/nearby-query'
import type { OpeningHours, OpeningStatus } from '../stations/opening-hours'
import { problemReportPayloadSchema, REPORT_STATES, type ProblemReportKind, type ReportState } from '../stations/problem-report'
import { STATION_STATUSES, stationLocationSchema, stationPayloadSchema, type StationStatus } from '../stations/station'
import { STATION_QUERY_MAX_LENGTH } from '../stations/station-search'
import { action, defineFunction } from './define-contract'
import type { NotificationChannel } from './notify'
import { cursor, documentId, nonEmptyText, text } from './payload-fields'
import { EVERYONE, STAFF } from './roles'

/**
 * A station as lists, the map and the phone's offline copy need it: everything a worker sees in
 * the list, nothing heavy (no photos, no precomputed query fields).
 */
export interface StationSummary {
  readonly id: string
  readonly name: string
  readonly address: string
  readonly district: string | null
  /** GCJ-02. */
  readonly location: LngLat
  readonly phone: string | null
  readonly hours: OpeningHours
  readonly amenities: readonly string[]
  readonly status: StationStatus
  /** Badge text of the standard the station meets (七个一). */
  readonly standard: string | null
  /** Shanghai date staff last confirmed the details on site. */
  readonly lastVerifiedOn: string | null
}

/** One row of the nearby list: the station, how far, and whether it is open at the time of the answer. */
export interface NearbyStation {
  readonly station: StationSummary
  readonly distanceMeters: number
  readonly opening: OpeningStatus
}

export interface NearbyAnswer {
  readonly items: readonly NearbyStation[]
  /** The amenity checklist, so the filters follow the city's catalogue. */
  readonly catalogue: AmenityCatalogue
  /** ISO time the opening states were computed at. */
  readonly at: string
}

/** One page of the city's station list, for the phone's offline copy. */
export interface CityStationsPage {
  readonly items: readonly StationSummary[]
  readonly nextCursor: string | null
  readonly catalogue: AmenityCatalogue
  /** The holiday calendar, so opening states can be computed on the phone offline. */
  readonly holidays: readonly HolidayPeriod[]
  readonly at: string
}

/** A photo: its storage file id and a temporary link to show it (null when the file is gone). */
export interface StationPhoto {
  readonly fileId: string
  readonly url: string | null
}

/** A worker's own report, as they follow it. */
export interface MyReport {
  readonly id: string
  readonly stationId: string
  readonly stationName: string
  readonly kind: ProblemReportKind
  readonly amenity: string | null
  readonly note: string | null
  /** The photo sent with the report, with a link valid for a while (null: none, or it is gone). */
  readonly photo: StationPhoto | null
  readonly state: ReportState
  /** What staff told the reporter when they settled it. */
  readonly outcome: string | null
  readonly createdAt: string
  readonly updatedAt: string
}

/** The station page. */
export interface StationDetail extends StationSummary {
  readonly code: string | null
  readonly photos: readonly StationPhoto[]
  /** Opening hours as lines to show (`周一至周五 08:00–18:00`, `节假日休息`). */
  readonly hoursLines: readonly string[]
  readonly opening: OpeningStatus
  readonly catalogue: AmenityCatalogue
  /** The caller's own reports about this station, newest first. */
  readonly myReports: readonly MyReport[]
  /** Bumped on every change; an edit names the version it started from. */
  readonly version: number
  /** On the worker's station page: whether it is one of their 常去的驿站. */
  readonly favourite?: boolean
}

/** What a person can keep as 常去的驿站 at most: their daily route, not a directory. */
export const MAX_FAVOURITE_STATIONS = 20

/** A report as staff review it. */
export interface StaffReport extends MyReport {
  /** Null once the reporter deleted their data. */
  readonly reporterUserId: string | null
  readonly suggestedLocation: LngLat | null
  readonly station: StationSummary | null
  readonly history: readonly { readonly state: ReportState; readonly at: string; readonly note: string | null }[]
  readonly fixApplied: boolean
  /** How the reporter was told the outcome: by WeChat (and in 消息), or in 消息 only; null before it is settled. */
  readonly reporterNotification: NotificationChannel | null
}

/**
 * Reports come with the amenity checklist they are worded against, so a report about an amenity the
 * city added (换电, AED…) reads with the city's own words on every screen.
 */
export interface ReportsPage<T> extends Page<T> {
  readonly catalogue: AmenityCatalogue
}

/** One report on the staff review page, with the checklist its amenity and fix are worded against. */
export interface ReportUnderReview extends StaffReport {
  readonly catalogue: AmenityCatalogue
}

/** A station row in the staff list. */
export interface StaffStationRow extends StationSummary {
  readonly pendingReports: number
}

/** One page of a list; `nextCursor` asks for the next, null at the end. */
export interface Page<T> {
  readonly items: readonly T[]
  readonly nextCursor: string | null
}

const stationId = documentId

export const stationsContract = defineFunction(
  'stations',
  {
    /** The nearest stations to a point, filtered in the database's geo query. */
    nearby: action<NearbyAnswer>()({
      payload: v.strictObject({
        origin: stationLocationSchema,
        filter: nearbyFilterSchema,
        limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
      }),
      allow: EVERYONE,
    }),
    /**
     * Stations whose name or address holds every word of `query`, nearest first within 50 km of
     * `origin`: the 2dsphere index bounds the walk, the `searchTerms` index the matches.
     */
    findStations: action<NearbyAnswer>()({
      payload: v.strictObject({ query: nonEmptyText(STATION_QUERY_MAX_LENGTH), origin: stationLocationSchema }),
      allow: EVERYONE,
    }),
    /** The caller's own 常去的驿站, nearest to `origin` first. */
    listFavourites: action<NearbyAnswer>()({
      payload: v.strictObject({ origin: stationLocationSchema }),
      allow: EVERYONE,
    }),
    /** Keeps a station as one of the caller's 常去的驿站, or lets it go; repeating either changes nothing. */
    setFavourite: action<{ readonly stationId: string; readonly favourite: boolean }>()({
      payload: v.strictObject({ stationId, favourite: v.boolean() }),
      allow: EVERYONE,
    }),
    /** The city's stations page by page (500 a page), for the phone's offline copy. */
    listCity: action<CityStationsPage>()({
      payload: v.strictObject({ district: v.optional(nonEmptyText(20)), cursor: v.optional(cursor) }),
      allow: EVERYONE,
    }),
    getStation: action<StationDetail>()({
      payload: v.strictObject({ stationId }),
      allow: EVERYONE,
    }),
    /** A worker reports a problem; one report per person, station, kind and day. */
    reportProblem: action<MyReport>()({
      payload: problemReportPayloadSchema,
      allow: EVERYONE,
      idempotent: true,
    }),
    listMyReports: action<ReportsPage<MyReport>>()({
      payload: v.strictObject({ cursor: v.optional(cursor) }),
      allow: EVERYONE,
    }),
    searchStations: action<Page<StaffStationRow>>()({
      payload: v.strictObject({
        search: v.optional(text(20)),
        status: v.optional(v.picklist(STATION_STATUSES)),
        cursor: v.optional(cursor),
      }),
      allow: STAFF,
    }),
    createStation: action<StationDetail>()({
      payload: v.strictObject({ station: stationPayloadSchema, verifiedToday: v.boolean() }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    /** Replaces a station's details; refused when someone else changed it since `expectedVersion`. */
    updateStation: action<StationDetail>()({
      payload: v.strictObject({
        stationId,
        expectedVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
        station: stationPayloadSchema,
        verifiedToday: v.boolean(),
      }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    /** Closes a station until further notice, or reopens it. */
    setStationStatus: action<StationDetail>()({
      payload: v.strictObject({ stationId, status: v.picklist(STATION_STATUSES) }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    listReports: action<ReportsPage<StaffReport>>()({
      payload: v.strictObject({
        states: v.pipe(v.array(v.picklist(REPORT_STATES)), v.minLength(1), v.maxLength(4)),
        stationId: v.optional(stationId),
        cursor: v.optional(cursor),
      }),
      allow: STAFF,
    }),
    getReport: action<ReportUnderReview>()({
      payload: v.strictObject({ reportId: documentId }),
      allow: STAFF,
    }),
    /**
     * Moves a report on (open → verified → resolved, or → rejected). Resolving may apply the fix the
     * report calls for to the station, which also records that staff verified it today.
     */
    reviewReport: action<ReportUnderReview>()({
      payload: v.strictObject({
        reportId: documentId,
        to: v.picklist(['verified', 'resolved', 'rejected']),
        /** Words for the reporter (and the report's history). */
        note: v.optional(v.pipe(text(200, { multiline: true }), v.trim())),
        applyFix: v.optional(v.boolean()),
        /** Where staff found a wrongly placed station, GCJ-02; else the reporter's suggestion is used. */
        location: v.optional(stationLocationSchema),
      }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
  },
  {
    StationNotFound: 'STATIONS.STATION_NOT_FOUND',
    ReportNotFound: 'STATIONS.REPORT_NOT_FOUND',
    DuplicateStation: 'STATIONS.DUPLICATE_STATION',
    DuplicateReport: 'STATIONS.DUPLICATE_REPORT',
    InvalidStation: 'STATIONS.INVALID_STATION',
    UnknownAmenity: 'STATIONS.UNKNOWN_AMENITY',
    EditConflict: 'STATIONS.EDIT_CONFLICT',
    ReportStateChanged: 'STATIONS.REPORT_STATE_CHANGED',
    NoFixForReport: 'STATIONS.NO_FIX_FOR_REPORT',
    PhotoNotFound: 'STATIONS.PHOTO_NOT_FOUND',
    TooManyFavourites: 'STATIONS.TOO_MANY_FAVOURITES',
  },
)

export type StationsContract = typeof stationsContract

/** What `reviewReport` can move a report to. */
export type ReviewTarget = 'verified' | 'resolved' | 'rejected'
