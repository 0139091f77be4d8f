import * as v from 'valibot'
import { addDays, daysBetween, yearOfDateKey, type DateKey } from '../time/shanghai-time'
import { dateKeySchema } from '../time/time-schemas'

/**
 * China's official days off and make-up working days (调休上班日), as the State Council announces
 * them each November for the next year. Data, not code: the same shape can be loaded from the
 * database when a new year is announced.
 */
export interface HolidayCalendar {
  /** Every day off in a statutory holiday period, weekends inside the period included. */
  readonly holidays: ReadonlySet<DateKey>
  /** Weekend days that are working days because of 调休. */
  readonly workdays: ReadonlySet<DateKey>
  /** Years whose announcement the calendar holds; other years are treated as ordinary weeks. */
  readonly years: ReadonlySet<number>
}

/** One holiday period of one year's announcement. */
export interface HolidayPeriod {
  /** The year of the announcement this period belongs to. */
  readonly year: number
  readonly name: string
  /** First and last day off, inclusive. */
  readonly from: DateKey
  readonly to: DateKey
  /** The make-up working days announced with this period. */
  readonly workdays: readonly DateKey[]
}

/** Schema for holiday periods stored in the database or a config file. */
export const holidayPeriodSchema = v.pipe(
  v.strictObject({
    year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(20)),
    from: dateKeySchema,
    to: dateKeySchema,
    workdays: v.pipe(v.array(dateKeySchema), v.maxLength(4)),
  }),
  v.check((period) => period.from <= period.to, '假期结束日期早于开始日期'),
  v.check((period) => daysBetween(period.from, period.to) < 15, '假期不应超过 15 天'),
)

/**
 * The announcements for 2025 and 2026, from the State Council General Office's notices
 * 《国务院办公厅关于2025年部分节假日安排的通知》 (国办发明电〔2024〕12号, 2024-11-12) and
 * 《国务院办公厅关于2026年部分节假日安排的通知》 (2025-11-04).
 *
 * 2027 is absent on purpose: no 2027 notice had been published in the sources available when this
 * was written. Until it is added (here or in the database), 2027 dates count as ordinary weekdays
 * and weekends, which `years` lets a caller detect.
 */
export const CHINA_HOLIDAY_PERIODS: readonly HolidayPeriod[] = [
  { year: 2025, name: '元旦', from: '2025-01-01', to: '2025-01-01', workdays: [] },
  { year: 2025, name: '春节', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
  { year: 2025, name: '清明节', from: '2025-04-04', to: '2025-04-06', workdays: [] },
  { year: 2025, name: '劳动节', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
  { year: 2025, name: '端午节', from: '2025-05-31', to: '2025-06-02', workdays: [] },
  { year: 2025, name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
  { year: 2026, name: '元旦', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
  { year: 2026, name: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
  { year: 2026, name: '清明节', from: '2026-04-04', to: '2026-04-06', workdays: [] },
  { year: 2026, name: '劳动节', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
  { year: 2026, name: '端午节', from: '2026-06-19', to: '2026-06-21', workdays: [] },
  { year: 2026, name: '中秋节', from: '2026-09-25', to: '2026-09-27', workdays: [] },
  { year: 2026, name: '国庆节', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
]

/** Expands holiday periods into a calendar. Throws when a day is both a day off and a working day. */
export function buildHolidayCalendar(periods: readonly HolidayPeriod[]): HolidayCalendar {
  const holidays = new Set<DateKey>()
  const workdays = new Set<DateKey>()
  const years = new Set<number>()
  for (const period of periods) {
    years.add(period.year)
    const length = daysBetween(period.from, period.to)
    if (length < 0) throw new RangeError(`${period.year} ${period.name}: ends before it starts`)
    for (let offset = 0; offset <= length; offset++) holidays.add(addDays(period.from, offset))
    for (const day of period.workdays) workdays.add(day)
  }
  for (const day of workdays) {
    if (holidays.has(day)) throw new RangeError(`${day} is both a holiday and a make-up working day`)
  }
  return { holidays, workdays, years }
}

/** A calendar with no holidays, for places and tests that ignore the official schedule. */
export const NO_HOLIDAYS: HolidayCalendar = { holidays: new Set(), workdays: new Set(), years: new Set() }

/** China's statutory holidays for the years in {@link CHINA_HOLIDAY_PERIODS}. */
export const CHINA_HOLIDAY_CALENDAR: HolidayCalendar = buildHolidayCalendar(CHINA_HOLIDAY_PERIODS)

/** True when the calendar holds the official schedule for the year of `dateKey`. */
export function calendarCovers(calendar: HolidayCalendar, dateKey: DateKey): boolean {
  return calendar.years.has(yearOfDateKey(dateKey))
}
