import { clockTimeToMinutes, type ClockTime } from '../time/clock-time'
import { addDays, daysBetween, shanghaiInstantMs, weekdayOfDateKey, type DateKey, type Weekday } from '../time/shanghai-time'
import type { HolidayCalendar } from './holiday-calendar'

/** One opening on a day: `close` at or before `open` means it closes after midnight. */
export interface DayRange {
  readonly open: ClockTime
  readonly close: ClockTime
}

/** The parts of a weekly timetable that decide which ranges apply on a date. */
export interface WeeklyTimetable {
  readonly ranges: readonly (DayRange & { readonly days: readonly Weekday[] })[]
  readonly closedOnHolidays: boolean
  readonly exceptions?: readonly ({ readonly date: DateKey; readonly closed: true } | { readonly date: DateKey; readonly ranges: readonly DayRange[] })[]
}

/** A span of time the station is open, as epoch milliseconds, end exclusive. */
export interface OpenInterval {
  readonly startMs: number
  readonly endMs: number
}

const MINUTES_PER_DAY = 1440

const WORKING_WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5]

/** How the national work calendar treats a date: an ordinary day, a statutory day off, or a 调休 working day. */
export type DayKind = 'ordinary' | 'holiday' | 'workday'

/** The kind of `dateKey` in `calendar`. */
export function dayKindOf(dateKey: DateKey, calendar: HolidayCalendar): DayKind {
  if (calendar.holidays.has(dateKey)) return 'holiday'
  if (calendar.workdays.has(dateKey)) return 'workday'
  return 'ordinary'
}

/**
 * The weekly ranges that start on a day of weekday `weekday` and kind `kind`, ignoring exceptions.
 * For a station that follows the national work calendar (`closedOnHolidays`): none on a statutory
 * day off, and on a 调休 make-up working day the hours of its first working weekday that has any
 * (usually Monday), because that day is run as an ordinary working day. A station that does not
 * follow the calendar keeps its weekday hours on holidays and 调休 days.
 */
export function weeklyRangesFor(timetable: WeeklyTimetable, weekday: Weekday, kind: DayKind): readonly DayRange[] {
  if (timetable.closedOnHolidays) {
    if (kind === 'holiday') return []
    if (kind === 'workday') {
      for (const working of WORKING_WEEKDAYS) {
        const ranges = timetable.ranges.filter((range) => range.days.includes(working))
        if (ranges.length > 0) return ranges
      }
    }
  }
  return timetable.ranges.filter((range) => range.days.includes(weekday))
}

/**
 * The ranges that start on `dateKey`: a staff exception for that date (closed, or its own ranges)
 * wins; otherwise the weekly ranges for the date's weekday and kind (see {@link weeklyRangesFor}).
 */
export function rangesStartingOn(timetable: WeeklyTimetable, dateKey: DateKey, calendar: HolidayCalendar): readonly DayRange[] {
  const exception = timetable.exceptions?.find((entry) => entry.date === dateKey)
  if (exception !== undefined) return 'ranges' in exception ? exception.ranges : []
  return weeklyRangesFor(timetable, weekdayOfDateKey(dateKey), dayKindOf(dateKey, calendar))
}

/** How many minutes after its opening a range closes: a close at or before the open is the next day. */
export function rangeLengthMinutes(range: DayRange): number {
  const open = clockTimeToMinutes(range.open)
  const close = clockTimeToMinutes(range.close)
  return close > open ? close - open : close - open + MINUTES_PER_DAY
}

/**
 * The open spans of every range starting from `firstDate` to `lastDate` inclusive, sorted and
 * merged, so that back-to-back or overlapping ranges (Mon 08:00–24:00 then Tue 00:00–02:00) form
 * one span.
 */
export function openIntervals(
  timetable: WeeklyTimetable,
  firstDate: DateKey,
  lastDate: DateKey,
  calendar: HolidayCalendar,
): OpenInterval[] {
  const raw: OpenInterval[] = []
  const dayCount = daysBetween(firstDate, lastDate)
  for (let offset = 0; offset <= dayCount; offset++) {
    const dateKey = addDays(firstDate, offset)
    for (const range of rangesStartingOn(timetable, dateKey, calendar)) {
      const openMinute = clockTimeToMinutes(range.open)
      raw.push({
        startMs: shanghaiInstantMs(dateKey, openMinute),
        endMs: shanghaiInstantMs(dateKey, openMinute + rangeLengthMinutes(range)),
      })
    }
  }
  raw.sort((a, b) => a.startMs - b.startMs)
  const merged: { startMs: number; endMs: number }[] = []
  for (const interval of raw) {
    const last = merged[merged.length - 1]
    if (last !== undefined && interval.startMs <= last.endMs) last.endMs = Math.max(last.endMs, interval.endMs)
    else merged.push({ startMs: interval.startMs, endMs: interval.endMs })
  }
  return merged
}
