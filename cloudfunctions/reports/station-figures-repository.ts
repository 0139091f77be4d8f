import type { DistrictCount, StationFacts, StationReportFacts } from '../../src/domain/reports/monthly-figures'
import type { ReportState } from '../../src/domain/stations/problem-report'
import type { StationStatus } from '../../src/domain/stations/station'
import { shanghaiDateKey, type DateKey } from '../../src/domain/time/shanghai-time'
import type { Database } from '../runtime/cloudbase-app'
import { findEveryPageOfAny } from '../runtime/find-every-page'
import { typedCollection, type StoredDocument } from '../runtime/typed-collection'

/** The fields of a stored station the figures read. */
interface StationFigureFields extends StoredDocument {
  readonly district: string | null
  readonly status: StationStatus
  readonly lastVerifiedOn: DateKey | null
  readonly createdAt: Date
}

/** The fields of a stored station report the figures read. */
interface ReportFigureFields extends StoredDocument {
  readonly state: ReportState
  readonly reportedOn: DateKey
  readonly history: readonly { readonly state: ReportState; readonly at: Date }[]
  readonly updatedAt: Date
}

/** `stations` and `station_feedback`, read for the monthly figures only. */
export function stationFiguresRepository(db: Database) {
  const stations = typedCollection<StationFigureFields>(db, 'stations')
  const reports = typedCollection<ReportFigureFields>(db, 'station_feedback')
  const _ = db.command
  return {
    /** Stations added, or last checked on site, since `since` (a Shanghai date). */
    async stationsSince(since: DateKey, sinceInstant: Date): Promise<StationFacts[]> {
      const rows = await findEveryPageOfAny(stations, [{ createdAt: _.gte(sinceInstant) }, { lastVerifiedOn: _.gte(since) }], ['createdAt', 'lastVerifiedOn'])
      return rows.map(row => ({ addedOn: shanghaiDateKey(row.createdAt), lastVerifiedOn: row.lastVerifiedOn ?? null }))
    },
    /** Stations open now (not suspended), counted by district. */
    async openByDistrict(): Promise<DistrictCount[]> {
      const rows = await stations.aggregate<{ _id: string | null; count: number }>([
        { $match: { status: 'active' } },
        { $group: { _id: '$district', count: { $sum: 1 } } },
      ])
      return rows.map(row => ({ district: row._id ?? null, count: row.count }))
    },
    /**
     * Reports filed since `since`, and reports settled as fixed since then (a settled report changes no
     * more, so its last change is no earlier than its settling).
     */
    async reportsSince(since: DateKey, sinceInstant: Date): Promise<StationReportFacts[]> {
      const rows = await findEveryPageOfAny(reports, [{ reportedOn: _.gte(since) }, { state: 'resolved', updatedAt: _.gte(sinceInstant) }], ['reportedOn', 'state', 'history'])
      return rows.map(row => {
        const settled = row.state === 'resolved' ? row.history.find(entry => entry.state === 'resolved') : undefined
        return { reportedOn: row.reportedOn, resolvedOn: settled === undefined ? null : shanghaiDateKey(settled.at) }
      })
    },
  }
}

export type StationFiguresRepository = ReturnType<typeof stationFiguresRepository>
