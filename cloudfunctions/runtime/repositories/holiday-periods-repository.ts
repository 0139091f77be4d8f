import type { HolidayPeriod } from '../../../src/domain/stations/holiday-calendar'
import type { Database } from '../cloudbase-app'
import { typedCollection, type StoredDocument } from '../typed-collection'

export const HOLIDAY_PERIODS_COLLECTION = 'holiday_periods'

/** One holiday period of an announced year, as in `HolidayPeriod`; `_id` is `<year>-<from>`. */
export interface HolidayPeriodDocument extends StoredDocument, HolidayPeriod {}

function periodOf(document: HolidayPeriodDocument): HolidayPeriod {
  return { year: document.year, name: document.name, from: document.from, to: document.to, workdays: [...document.workdays] }
}

/**
 * China's official holiday calendar as the database holds it (`holiday_periods`), shared by every
 * feature that follows working days: station opening hours, the legal-aid rosters.
 */
export function holidayPeriodsRepository(db: Database) {
  const holidays = typedCollection<HolidayPeriodDocument>(db, HOLIDAY_PERIODS_COLLECTION)
  return {
    async all(): Promise<HolidayPeriod[]> {
      return (await holidays.find({}, { orderBy: [['from', 'asc']], limit: 1000 })).map(periodOf)
    },
    /** Writes the periods that are missing; existing ones (maybe corrected by staff) are kept. */
    async seed(periods: readonly HolidayPeriod[]): Promise<number> {
      const existing = new Set((await holidays.find({}, { fields: { _id: true }, limit: 1000 })).map(document => document._id))
      const missing = periods.map((period): HolidayPeriodDocument => ({ _id: `${period.year}-${period.from}`, ...period })).filter(document => !existing.has(document._id))
      await holidays.insertMany(missing)
      return missing.length
    },
  }
}
