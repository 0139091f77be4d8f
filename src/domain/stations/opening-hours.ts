import * as v from 'valibot'
import { clockTimeToMinutes, minutesToClockTime, type ClockTime } from '../time/clock-time'
import {
  addDays,
  daysBetween,
  shanghaiInstantMs,
  shanghaiParts,
  weekdayOfDateKey,
  WEEKDAYS,
  type DateKey,
  type Weekday,
} from '../time/shanghai-time'
import { clockTimeSchema, dateKeySchema } from '../time/time-schemas'
import { describeWeekdays, weekdayLabel } from '../time/weekday-label'
import type { HolidayCalendar } from './holiday-calendar'
import { openIntervals, type DayRange, type OpenInterval } from './opening-intervals'

const weekdaySchema = v.picklist(WEEKDAYS)

const dayRangeSchema = v.strictObject({ open: clockTimeSchema, close: clockTimeSchema })

const weeklyRangeSchema = v.strictObject({
  days: v.pipe(
    v.array(weekdaySchema),
    v.minLength(1, '至少选择一天'),
    v.maxLength(7),
    v.check((days) => new Set(days).size === days.length, '星期不能重复'),
  ),
  open: clockTimeSchema,
  close: clockTimeSchema,
})

const openingExceptionSchema = v.union([
  v.strictObject({ date: dateKeySchema, closed: v.literal(true) }),
  v.strictObject({ date: dateKeySchema, ranges: v.pipe(v.array(dayRangeSchema), v.minLength(1), v.maxLength(4)) }),
])

/**
 * Structured opening hours: `always` (24 小时) or a weekly timetable.
 *
 * In a weekly range a `close` at or before `open` means the station closes after midnight
 * (`20:00`–`02:00` is open until 02:00 the next morning; `00:00`–`00:00` is the whole day), and
 * the range belongs to the day it opens on. `closedOnHolidays` means the station follows the
 * national work calendar: closed on statutory days off, open on 调休 make-up working days.
 * `exceptions` override single dates (staff closing for a day, or special hours).
 */
export const openingHoursSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('always') }),
  v.strictObject({
    kind: v.literal('weekly'),
    ranges: v.pipe(v.array(weeklyRangeSchema), v.minLength(1, '至少填写一段开放时间'), v.maxLength(14)),
    closedOnHolidays: v.boolean(),
    exceptions: v.optional(
      v.pipe(
        v.array(openingExceptionSchema),
        v.maxLength(60),
        v.check((list) => new Set(list.map((entry) => entry.date)).size === list.length, '同一天只能有一条例外'),
      ),
    ),
  }),
])

export type OpeningHours = v.InferOutput<typeof openingHoursSchema>
export type WeeklyOpeningHours = Extract<OpeningHours, { kind: 'weekly' }>
export type WeeklyRange = WeeklyOpeningHours['ranges'][number]
export type OpeningException = NonNullable<WeeklyOpeningHours['exceptions']>[number]

/** When a closed station next opens. */
export interface NextOpening {
  readonly dateKey: DateKey
  readonly time: ClockTime
  /** `今天 14:00 开门`, `明天 08:00 开门`, `周三 08:00 开门`, `5月1日 08:00 开门`. */
  readonly label: string
}

/**
 * Whether a station is open at one instant, worded for the list and the detail page.
 * `closesAt` is `HH:MM`, `24:00` for midnight, and may fall on the next day (a night range).
 */
export type OpeningStatus =
  | { readonly state: 'open'; readonly label: '营业中'; readonly closesAt?: ClockTime }
  | { readonly state: 'closing-soon'; readonly label: '即将关闭'; readonly closesAt: ClockTime }
  | {
      readonly state: 'closed'
      /**
       * Closed for now, never "已关闭" (which reads as shut down for good): 休息中 when it opens again
       * later today, 今日已关门 when not before tomorrow, 暂停开放 (the staff screens' word) when staff
       * suspended it.
       */
      readonly label: ClosedLabel
      readonly opensNext?: NextOpening
      /** Staff marked the station closed; its hours do not apply until they reopen it. */
      readonly suspended?: true
    }

/** How a closed station is worded (see {@link OpeningStatus}). */
export type ClosedLabel = '休息中' | '今日已关门' | '暂停开放'

/** A station is 即将关闭 when it closes within this many minutes (inclusive). */
export const CLOSING_SOON_MINUTES = 30

/** How far ahead to look for the next opening or the end of a long opening. */
const HORIZON_DAYS = 15

const MINUTE_MS = 60_000

function closesAtLabel(endMs: number): ClockTime {
  const { minuteOfDay } = shanghaiParts(endMs)
  // A range that ends at midnight reads as 24:00, as the station's sign would say.
  return minuteOfDay === 0 ? '24:00' : minutesToClockTime(minuteOfDay)
}

function opensNextLabel(today: DateKey, opening: { dateKey: DateKey; time: ClockTime }): string {
  const ahead = daysBetween(today, opening.dateKey)
  let day: string
  if (ahead === 0) day = '今天'
  else if (ahead === 1) day = '明天'
  else if (ahead === 2) day = '后天'
  else if (ahead < 7) day = weekdayLabel(weekdayOfDateKey(opening.dateKey))
  else {
    const [, month, date] = opening.dateKey.split('-')
    day = `${Number(month)}月${Number(date)}日`
  }
  return `${day} ${opening.time} 开门`
}

interface LookAhead {
  /** The open span containing now, if any. */
  readonly current: OpenInterval | null
  /** Otherwise the next span to start, if any within the window. */
  readonly next: OpenInterval | null
  /** Spans ending at or after this instant may continue past the window. */
  readonly windowEndMs: number
}

function lookAhead(hours: WeeklyOpeningHours, today: DateKey, daysAhead: number, nowMs: number, calendar: HolidayCalendar): LookAhead {
  const lastDate = addDays(today, daysAhead)
  const windowEndMs = shanghaiInstantMs(addDays(lastDate, 1), 0)
  // Yesterday is included for its ranges that run past midnight into today.
  for (const interval of openIntervals(hours, addDays(today, -1), lastDate, calendar)) {
    if (interval.endMs <= nowMs) continue
    if (interval.startMs <= nowMs) return { current: interval, next: null, windowEndMs }
    return { current: null, next: interval, windowEndMs }
  }
  return { current: null, next: null, windowEndMs }
}

function isConclusive(result: LookAhead): boolean {
  return result.current !== null ? result.current.endMs < result.windowEndMs : result.next !== null
}

/**
 * Whether a station is open at `now`, computed in Asia/Shanghai. 即将关闭 means it closes within
 * {@link CLOSING_SOON_MINUTES} minutes, exactly 30 included; the closing minute itself is closed.
 * A station staff marked closed is 暂停开放 whatever its hours. `closesAt` is absent when the
 * station stays open past the look-ahead horizon (24 hours every day, say), and `opensNext`
 * when it does not open within it.
 */
export function openingStatus(
  hours: OpeningHours,
  now: Date,
  calendar: HolidayCalendar,
  station: { readonly status?: 'active' | 'closed' } = {},
): OpeningStatus {
  if (station.status === 'closed') return { state: 'closed', label: '暂停开放', suspended: true }
  if (hours.kind === 'always') return { state: 'open', label: '营业中' }
  const nowMs = now.getTime()
  const today = shanghaiParts(nowMs).dateKey
  // Most answers need only yesterday to tomorrow; look further ahead only when they do not.
  let result = lookAhead(hours, today, 1, nowMs, calendar)
  if (!isConclusive(result)) result = lookAhead(hours, today, HORIZON_DAYS, nowMs, calendar)
  const { current, next } = result
  if (current !== null) {
    if (current.endMs >= result.windowEndMs) return { state: 'open', label: '营业中' }
    const closesAt = closesAtLabel(current.endMs)
    return current.endMs - nowMs <= CLOSING_SOON_MINUTES * MINUTE_MS
      ? { state: 'closing-soon', label: '即将关闭', closesAt }
      : { state: 'open', label: '营业中', closesAt }
  }
  if (next === null) return { state: 'closed', label: '今日已关门' }
  const start = shanghaiParts(next.startMs)
  const opening = { dateKey: start.dateKey, time: minutesToClockTime(start.minuteOfDay) }
  const label = opening.dateKey === today ? '休息中' : '今日已关门'
  return { state: 'closed', label, opensNext: { ...opening, label: opensNextLabel(today, opening) } }
}

function describeRange(range: DayRange): string {
  if (range.open === '00:00' && range.close === '00:00') return '24 小时'
  if (range.close === '00:00') return `${range.open}–24:00`
  if (clockTimeToMinutes(range.close) <= clockTimeToMinutes(range.open)) return `${range.open}–次日 ${range.close}`
  return `${range.open}–${range.close}`
}

function describeRanges(ranges: readonly DayRange[]): string {
  const sorted = [...ranges].sort(
    (a, b) => clockTimeToMinutes(a.open) - clockTimeToMinutes(b.open) || clockTimeToMinutes(a.close) - clockTimeToMinutes(b.close),
  )
  return [...new Set(sorted.map(describeRange))].join('、')
}

function describeDate(dateKey: DateKey): string {
  const [year, month, day] = dateKey.split('-')
  return `${Number(year)}年${Number(month)}月${Number(day)}日`
}

/**
 * Opening hours as lines for display: `每天 24 小时`, `周一至周五 08:00–12:00、14:00–18:00`,
 * `周五 20:00–次日 02:00`, `节假日休息`, then any exceptions by date. Days with the same hours
 * share a line, Monday's first, however the ranges were entered; days without hours are left out.
 */
export function describeOpeningHours(hours: OpeningHours): string[] {
  if (hours.kind === 'always') return ['每天 24 小时']
  const daysByHours = new Map<string, Weekday[]>()
  for (const day of WEEKDAYS) {
    const ranges = hours.ranges.filter((range) => range.days.includes(day))
    if (ranges.length === 0) continue
    const text = describeRanges(ranges)
    const days = daysByHours.get(text)
    if (days === undefined) daysByHours.set(text, [day])
    else days.push(day)
  }
  const lines = [...daysByHours].map(([text, days]) => `${describeWeekdays(days)} ${text}`)
  if (hours.closedOnHolidays) lines.push('节假日休息')
  const exceptions = [...(hours.exceptions ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1))
  for (const exception of exceptions) {
    lines.push(`${describeDate(exception.date)} ${'ranges' in exception ? describeRanges(exception.ranges) : '休息'}`)
  }
  return lines
}
