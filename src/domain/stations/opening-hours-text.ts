import { minutesToClockTime, type ClockTime } from '../time/clock-time'
import { WEEKDAYS, type Weekday } from '../time/shanghai-time'
import type { OpeningHours, WeeklyRange } from './opening-hours'
import type { DayRange } from './opening-intervals'
import { tokenizeOpeningHours, type OpeningHoursToken } from './opening-hours-tokens'

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
