import type { NotificationChannel } from '../../src/domain/contracts/notify'
import type { LngLat } from '../../src/domain/geo/lng-lat'
import type { ProblemReportKind, ReportState } from '../../src/domain/stations/problem-report'
import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { typedCollection, type StoredDocument } from '../runtime/typed-collection'

export const STATION_FEEDBACK_COLLECTION = 'station_feedback'

/** One step in a report's life, kept for the reporter and for accountability. */
export interface ReportHistoryEntry {
  readonly state: ReportState
  readonly at: Date
  /** The staff member who moved it; null for the report being filed. */
  readonly byUserId: string | null
  readonly note: string | null
}

/**
 * How the reporter was told the outcome: the message enqueued with the review, in its transaction, as a
 * WeChat message (and in 消息) when they allowed one at the time of reporting, else in 消息 only.
 */
export interface ReporterNotification {
  readonly channel: NotificationChannel
  readonly notificationId: string
  readonly outcome: 'resolved' | 'rejected'
  readonly queuedAt: Date
}

/** A worker's problem report as stored in `station_feedback`. */
export interface FeedbackDocument extends StoredDocument {
  readonly stationId: string
  /** The station's name when reported, so the report reads well even if it is renamed. */
  readonly stationName: string
  /** Pseudonymous user id; null once the reporter deleted their data (the report stays for staff). */
  readonly reporterUserId: string | null
  /** One report per person, station, kind and day (unique index); removed with the reporter's data. */
  readonly reporterKey?: string
  readonly kind: ProblemReportKind
  readonly amenity: string | null
  readonly note: string | null
  readonly photo: string | null
  readonly suggestedLocation: LngLat | null
  readonly state: ReportState
  readonly history: readonly ReportHistoryEntry[]
  /** Words for the reporter when staff settle it. */
  readonly outcome: string | null
  readonly fixApplied: boolean
  readonly reporterNotification: ReporterNotification | null
  /** Shanghai date it was filed. */
  readonly reportedOn: string
  readonly createdAt: Date
  readonly updatedAt: Date
}

export interface ReportListQuery {
  readonly states: readonly ReportState[]
  readonly stationId?: string
  readonly skip: number
  readonly limit: number
}

type TransitionChanges = Pick<FeedbackDocument, 'state' | 'outcome' | 'fixApplied' | 'reporterNotification' | 'updatedAt'>

/** The `station_feedback` collection. */
export function stationFeedbackRepository(db: Database) {
  const feedback = typedCollection<FeedbackDocument>(db, STATION_FEEDBACK_COLLECTION)
  const _ = db.command

  /** A move to the changes' state, appending to the history. */
  function transitionUpdate(changes: TransitionChanges, entry: ReportHistoryEntry): Record<string, unknown> {
    return { ...changes, reporterNotification: changes.reporterNotification === null ? null : _.set(changes.reporterNotification), history: _.push([entry]) }
  }
  return {
    findById: (id: string) => feedback.findById(id),
    /** Files a report; throws a duplicate-key error (on `reporterKey`) when the same person already filed it today. */
    insert: (report: FeedbackDocument) => feedback.insert(report),
    async byReporter(userId: string, skip: number, limit: number): Promise<FeedbackDocument[]> {
      return await feedback.find({ reporterUserId: userId }, { orderBy: [['createdAt', 'desc'], ['_id', 'asc']], skip, limit })
    },
    async byReporterForStation(userId: string, stationId: string, limit: number): Promise<FeedbackDocument[]> {
      return await feedback.find({ reporterUserId: userId, stationId }, { orderBy: [['createdAt', 'desc'], ['_id', 'asc']], limit })
    },
    async list(query: ReportListQuery): Promise<FeedbackDocument[]> {
      const filter: Record<string, unknown> = { state: _.in([...query.states]) }
      if (query.stationId !== undefined) filter.stationId = query.stationId
      // Oldest first: staff work through the queue in the order people reported.
      return await feedback.find(filter, { orderBy: [['createdAt', 'asc'], ['_id', 'asc']], skip: query.skip, limit: query.limit })
    },
    /** Station ids of the pending reports about any of `stationIds`, one entry per report. */
    async pendingStationIds(stationIds: readonly string[], pendingStates: readonly ReportState[]): Promise<string[]> {
      if (stationIds.length === 0) return []
      const found = await feedback.find(
        { stationId: _.in([...stationIds]), state: _.in([...pendingStates]) },
        { fields: { stationId: true }, limit: 1000 },
      )
      return found.map(report => report.stationId)
    },
    /**
     * Moves a report from `from` to the changes' state in one conditional update, appending to its
     * history; false when it is no longer in `from` (another staff member got there first).
     */
    async transition(id: string, from: ReportState, changes: TransitionChanges, entry: ReportHistoryEntry): Promise<boolean> {
      return (await feedback.updateWhere({ _id: id, state: from }, transitionUpdate(changes, entry))) > 0
    },
    /** The same writes inside a transaction, where the read that decides and the write are one atomic step. */
    in(transaction: Transaction) {
      const inTransaction = transaction.collection<FeedbackDocument>(STATION_FEEDBACK_COLLECTION)
      return {
        findById: (id: string) => inTransaction.findById(id),
        /** Files a report; the commit is refused for a duplicate key when the same person already filed it today. */
        insert: (report: FeedbackDocument) => inTransaction.insert(report),
        /** As `transition` above: false when the report is no longer in `from`. */
        async transition(id: string, from: ReportState, changes: TransitionChanges, entry: ReportHistoryEntry): Promise<boolean> {
          const current = await inTransaction.findById(id)
          if (current === null || current.state !== from) return false
          await inTransaction.updateById(id, transitionUpdate(changes, entry))
          return true
        },
      }
    },
  }
}

export type StationFeedbackRepository = ReturnType<typeof stationFeedbackRepository>
