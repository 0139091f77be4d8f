import * as v from 'valibot'
import { openingHoursSchema, type OpeningException, type OpeningHours } from '../../../domain/stations/opening-hours'
import type { Weekday } from '../../../domain/time/shanghai-time'

/** One line of the hours editor: which days, from when to when. */
export interface HoursRow {
  readonly days: readonly Weekday[]
  readonly open: string
  readonly close: string
}

/** The hours as staff edit them: 24 小时, or days with times, and whether the station rests on holidays. */
export interface HoursDraft {
  readonly allDay: boolean
  readonly rows: readonly HoursRow[]
  readonly closedOnHolidays: boolean
  /** Dated exceptions are kept as they were; the editor does not change them. */
  readonly exceptions: readonly OpeningException[]
}

/** What a new station starts with: weekdays 08:00–18:00. */
export const NEW_HOURS_ROW: HoursRow = { days: [1, 2, 3, 4, 5], open: '08:00', close: '18:00' }

/** The editor's starting point for stored hours. */
export function draftFromHours(hours: OpeningHours): HoursDraft {
  if (hours.kind === 'always') return { allDay: true, rows: [NEW_HOURS_ROW], closedOnHolidays: false, exceptions: [] }
  return {
    allDay: false,
    rows: hours.ranges.map(range => ({ days: range.days, open: range.open, close: range.close })),
    closedOnHolidays: hours.closedOnHolidays,
    exceptions: hours.exceptions ?? [],
  }
}

/** Accepts `8:00`, `08:00`, `8点`, `0800` as typed on a phone keyboard; null for anything else. */
export function normaliseClockText(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*(?:[:：点.]\s*(\d{1,2})?\s*分?|(\d{2}))?\s*$/.exec(text)
  if (match === null) return null
  const hour = Number(match[1])
  const minute = Number(match[2] ?? match[3] ?? '0')
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null
  // 24:00 as a closing time is midnight, which the timetable writes 00:00.
  return `${String(hour % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

export type HoursResult = { readonly ok: true; readonly hours: OpeningHours } | { readonly ok: false; readonly reason: string }

/** The draft as stored hours, or what to fix, in words. */
export function hoursFromDraft(draft: HoursDraft): HoursResult {
  if (draft.allDay && !draft.closedOnHolidays) return { ok: true, hours: { kind: 'always' } }
  const rows = draft.allDay ? [{ days: [1, 2, 3, 4, 5, 6, 7] as Weekday[], open: '00:00', close: '00:00' }] : draft.rows
  if (rows.length === 0) return { ok: false, reason: '请至少添加一段开放时间' }
  const ranges = []
  for (const [index, row] of rows.entries()) {
    if (row.days.length === 0) return { ok: false, reason: `第 ${index + 1} 段没有选星期` }
    const open = normaliseClockText(row.open)
    const close = normaliseClockText(row.close)
    if (open === null) return { ok: false, reason: `第 ${index + 1} 段的开门时间“${row.open}”看不懂，请写成 08:00` }
    if (close === null) return { ok: false, reason: `第 ${index + 1} 段的关门时间“${row.close}”看不懂，请写成 18:00` }
    ranges.push({ days: [...new Set(row.days)].sort((a, b) => a - b), open, close })
  }
  const candidate = {
    kind: 'weekly' as const,
    ranges,
    closedOnHolidays: draft.closedOnHolidays,
    ...(draft.exceptions.length > 0 ? { exceptions: draft.exceptions } : {}),
  }
  const parsed = v.safeParse(openingHoursSchema, candidate)
  return parsed.success ? { ok: true, hours: parsed.output } : { ok: false, reason: parsed.issues[0]?.message ?? '开放时间有误' }
}
