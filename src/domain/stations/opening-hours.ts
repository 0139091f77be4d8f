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
import { tokenizeOpeningHours, type OpeningHoursToken } from './opening-hours-tokens'

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
      readonly label: '已关闭'
      readonly opensNext?: NextOpening
      /** Staff marked the station closed; its hours do not apply until they reopen it. */
      readonly suspended?: true
    }

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
 * {@link CLOSING_SOON_MINUTES} minutes, exactly 30 included; the closing minute itself is 已关闭.
 * A station staff marked closed is 已关闭 whatever its hours. `closesAt` is absent when the
 * station stays open past the look-ahead horizon (24 hours every day, say), and `opensNext`
 * when it does not open within it.
 */
export function openingStatus(
  hours: OpeningHours,
  now: Date,
  calendar: HolidayCalendar,
  station: { readonly status?: 'active' | 'closed' } = {},
): OpeningStatus {
  if (station.status === 'closed') return { state: 'closed', label: '已关闭', suspended: true }
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
  if (next === null) return { state: 'closed', label: '已关闭' }
  const start = shanghaiParts(next.startMs)
  const opening = { dateKey: start.dateKey, time: minutesToClockTime(start.minuteOfDay) }
  return { state: 'closed', label: '已关闭', opensNext: { ...opening, label: opensNextLabel(today, opening) } }
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

/** The outcome of reading an opening-hours cell from an import. */
export type ParsedOpeningHours = { readonly ok: true; readonly hours: OpeningHours } | { readonly ok: false; readonly reason: string }

interface Clause {
  days: Set<Weekday>
  /** The text that named the days, for error messages. */
  daysText: string
  ranges: DayRange[]
  /** Whether times (or 休息) followed the days; a day list with nothing after it is an error. */
  settled: boolean
}

function timeRangeFromToken(token: Extract<OpeningHoursToken, { type: 'time-range' }>): DayRange | string {
  const open = token.open
  const close = token.close
  if (open.minutes >= 1440) return `开门时间"${open.text}"不正确`
  const closeMinutes = close.minutes % 1440
  if (token.nextDay && closeMinutes > open.minutes) return `"次日${close.text}"晚于开门时间"${open.text}"`
  return { open: minutesToClockTime(open.minutes), close: minutesToClockTime(closeMinutes) }
}

/**
 * Reads an opening-hours cell from an import: `24小时`, `全天`, `每天 07:00-21:00`,
 * `周一至周五 8:00-18:00；周六 9:00-12:00`, `08:00-12:00,14:00-18:00`, `周末休息`, `节假日休息`,
 * full-width characters, `8点半`, `下午2点`. Times without days mean every day. Anything it does
 * not understand is an error with a reason, never a guess. Exceptions are not read: imports
 * carry none.
 */
export function parseOpeningHoursText(text: string): ParsedOpeningHours {
  const lexed = tokenizeOpeningHours(text)
  if (!lexed.ok) return lexed
  if (lexed.tokens.length === 0) return { ok: false, reason: '开放时间为空' }
  const clauses: Clause[] = []
  let closedOnHolidays = false
  let current: Clause | null = null
  for (const token of lexed.tokens) {
    if (token.type === 'holidays-closed' || token.type === 'holidays-open') {
      closedOnHolidays = token.type === 'holidays-closed'
    } else if (token.type === 'days') {
      if (current !== null && !current.settled) {
        for (const day of token.days) current.days.add(day)
        current.daysText += `、${token.text}`
      } else {
        current = { days: new Set(token.days), daysText: token.text, ranges: [], settled: false }
        clauses.push(current)
      }
    } else if (token.type === 'closed') {
      if (current === null || current.settled) return { ok: false, reason: `"${token.text}"前面缺少星期` }
      current.settled = true
    } else {
      const range = token.type === 'all-day' ? { open: '00:00', close: '00:00' } : timeRangeFromToken(token)
      if (typeof range === 'string') return { ok: false, reason: range }
      if (current === null) {
        // Times before any day apply to every day.
        current = { days: new Set(WEEKDAYS), daysText: '每天', ranges: [], settled: false }
        clauses.push(current)
      }
      current.ranges.push(range)
      current.settled = true
    }
  }
  const unsettled = clauses.find((clause) => !clause.settled)
  if (unsettled !== undefined) return { ok: false, reason: `"${unsettled.daysText}"后面缺少时间` }
  // One range per distinct time, on every day it applies: 周一 8-12 and 周三 8-12 become one.
  const daysByTime = new Map<string, { open: ClockTime; close: ClockTime; days: Set<Weekday> }>()
  for (const clause of clauses) {
    for (const range of clause.ranges) {
      const key = `${range.open}-${range.close}`
      const entry = daysByTime.get(key) ?? { open: range.open, close: range.close, days: new Set<Weekday>() }
      for (const day of clause.days) entry.days.add(day)
      daysByTime.set(key, entry)
    }
  }
  const ranges: WeeklyRange[] = [...daysByTime.values()].map(({ open, close, days }) => ({
    days: [...days].sort((a, b) => a - b),
    open,
    close,
  }))
  if (ranges.length === 0) return { ok: false, reason: '没有找到开放时间' }
  if (ranges.length > 14) return { ok: false, reason: '开放时间段太多（最多 14 段）' }
  const allDayEveryDay =
    ranges.every((range) => range.open === '00:00' && range.close === '00:00') &&
    new Set(ranges.flatMap((range) => range.days)).size === 7
  if (allDayEveryDay && !closedOnHolidays) return { ok: true, hours: { kind: 'always' } }
  return { ok: true, hours: { kind: 'weekly', ranges, closedOnHolidays } }
}
