import { clockTimeToMinutes } from '../time/clock-time'
import { addDays, shanghaiParts, WEEKDAYS, type DateKey, type Weekday } from '../time/shanghai-time'
import type { HolidayCalendar } from './holiday-calendar'
import type { OpeningHours } from './opening-hours'
import { dayKindOf, rangeLengthMinutes, weeklyRangesFor, type DayKind } from './opening-intervals'

/**
 * One opening of a station, precomputed for the database's "open now" filter: the day it starts
 * on, as a key, and its start and end in minutes after that day's midnight (`e` may pass 1440
 * when the station closes after midnight). Stored as an array on the station so that one
 * `$elemMatch` per probe finds the stations open at an instant, inside the same geo query.
 *
 * Keys: `d1`…`d7` for a station that keeps its own week whatever the calendar; `h1`…`h7` for a
 * station that follows the national work calendar, on an ordinary day of that weekday; `w1`…`w7`
 * for the same station on a 调休 working day that falls on that weekday; `x<date>` marks a date
 * with a staff exception, spanning both days so the station is always a candidate then and its
 * real status is computed from its hours (exceptions are rare).
 */
export interface OpenSpan {
  readonly k: string
  readonly s: number
  readonly e: number
}

/** One question the database is asked: is there a span with key `k` covering `minute`? */
export interface OpenNowProbe {
  readonly k: string
  readonly minute: number
}

const MINUTES_PER_DAY = 1440
const WHOLE_TWO_DAYS: Pick<OpenSpan, 's' | 'e'> = { s: 0, e: 2 * MINUTES_PER_DAY }

function spansOf(prefix: 'd' | 'h' | 'w', weekday: Weekday, ranges: readonly { open: string; close: string }[]): OpenSpan[] {
  return ranges.map((range) => {
    const s = clockTimeToMinutes(range.open)
    return { k: `${prefix}${weekday}`, s, e: s + rangeLengthMinutes(range) }
  })
}

/** The spans to store with a station whose hours are `hours`. */
export function openSpans(hours: OpeningHours): OpenSpan[] {
  if (hours.kind === 'always') return WEEKDAYS.map((weekday) => ({ k: `d${weekday}`, s: 0, e: MINUTES_PER_DAY }))
  const spans: OpenSpan[] = []
  for (const weekday of WEEKDAYS) {
    if (!hours.closedOnHolidays) {
      spans.push(...spansOf('d', weekday, weeklyRangesFor(hours, weekday, 'ordinary')))
      continue
    }
    spans.push(...spansOf('h', weekday, weeklyRangesFor(hours, weekday, 'ordinary')))
    spans.push(...spansOf('w', weekday, weeklyRangesFor(hours, weekday, 'workday')))
  }
  for (const exception of hours.exceptions ?? []) spans.push({ k: `x${exception.date}`, ...WHOLE_TWO_DAYS })
  return spans
}

function calendarKey(weekday: Weekday, kind: DayKind): string | null {
  if (kind === 'holiday') return null
  return `${kind === 'workday' ? 'w' : 'h'}${weekday}`
}

/**
 * The probes that find every station open at `now` (plus those with an exception today or
 * yesterday, which the caller re-checks): openings that started today and cover the minute, and
 * openings that started yesterday and run past midnight, each under the key the calendar gives
 * that day.
 */
export function openNowProbes(now: Date, calendar: HolidayCalendar): OpenNowProbe[] {
  const today = shanghaiParts(now.getTime())
  const yesterday: DateKey = addDays(today.dateKey, -1)
  const yesterdayWeekday: Weekday = today.weekday === 1 ? 7 : ((today.weekday - 1) as Weekday)
  const minute = today.minuteOfDay
  const probes: OpenNowProbe[] = [
    { k: `d${today.weekday}`, minute },
    { k: `d${yesterdayWeekday}`, minute: minute + MINUTES_PER_DAY },
  ]
  const todayKey = calendarKey(today.weekday, dayKindOf(today.dateKey, calendar))
  if (todayKey !== null) probes.push({ k: todayKey, minute })
  const yesterdayKey = calendarKey(yesterdayWeekday, dayKindOf(yesterday, calendar))
  if (yesterdayKey !== null) probes.push({ k: yesterdayKey, minute: minute + MINUTES_PER_DAY })
  probes.push({ k: `x${today.dateKey}`, minute }, { k: `x${yesterday}`, minute })
  return probes
}

/** The database's rule, in memory: some span answers some probe. */
export function spansAnswerProbes(spans: readonly OpenSpan[], probes: readonly OpenNowProbe[]): boolean {
  return probes.some((probe) => spans.some((span) => span.k === probe.k && span.s <= probe.minute && probe.minute < span.e))
}

/** True when the stored spans carry an exception marker, so the query's answer needs re-checking. */
export function hasExceptionSpans(spans: readonly OpenSpan[]): boolean {
  return spans.some((span) => span.k.startsWith('x'))
}
