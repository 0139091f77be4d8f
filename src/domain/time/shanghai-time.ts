/**
 * Wall-clock time in Asia/Shanghai, computed with a fixed +08:00 offset.
 *
 * China has observed no daylight saving time since 1991, so +08:00 is exact for every date the
 * product handles. A fixed offset keeps the answer identical on a phone, in a UTC cloud function
 * and in CI, without relying on the host's time-zone database (old Android WebViews and trimmed
 * Node builds ship incomplete `Intl` data) or on the machine's TZ.
 */

/** 1 = Monday … 7 = Sunday, as Chinese schedules count (周一 … 周日). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. */
export type DateKey = string

export const SHANGHAI_OFFSET_MINUTES = 8 * 60

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS
const OFFSET_MS = SHANGHAI_OFFSET_MINUTES * MINUTE_MS

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7]

/** The Asia/Shanghai wall-clock reading of one instant. */
export interface ShanghaiParts {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly weekday: Weekday
  readonly dateKey: DateKey
  /** Minutes since local midnight, 0–1439. */
  readonly minuteOfDay: number
}

const DATE_KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

function toWeekday(utcDay: number): Weekday {
  // Date#getUTCDay counts Sunday as 0; Chinese schedules count it as 7.
  return (utcDay === 0 ? 7 : utcDay) as Weekday
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

function formatDateKey(year: number, month: number, day: number): DateKey {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

function instantMs(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  if (!Number.isFinite(ms)) throw new RangeError('Invalid instant')
  return ms
}

/** Reads an instant as Asia/Shanghai wall-clock parts. */
export function shanghaiParts(instant: Date | number): ShanghaiParts {
  // Shifting by the offset and reading the UTC fields gives the Shanghai fields on any host.
  const shifted = new Date(instantMs(instant) + OFFSET_MS)
  const year = shifted.getUTCFullYear()
  const month = shifted.getUTCMonth() + 1
  const day = shifted.getUTCDate()
  const hour = shifted.getUTCHours()
  const minute = shifted.getUTCMinutes()
  return {
    year,
    month,
    day,
    hour,
    minute,
    weekday: toWeekday(shifted.getUTCDay()),
    dateKey: formatDateKey(year, month, day),
    minuteOfDay: hour * 60 + minute,
  }
}

/** The Shanghai calendar date of an instant, `YYYY-MM-DD`. */
export function shanghaiDateKey(instant: Date | number): DateKey {
  return shanghaiParts(instant).dateKey
}

interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

function parseDateKeyParts(dateKey: string): CalendarDate | null {
  const match = DATE_KEY_PATTERN.exec(dateKey)
  if (match === null) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  // Date.UTC reads years below 100 as 19xx; no schedule or holiday predates 1900.
  if (year < 1900 || month < 1 || month > 12 || day < 1) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= daysInMonth ? { year, month, day } : null
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects `2026-02-30`). */
export function isDateKey(value: string): boolean {
  return parseDateKeyParts(value) !== null
}

function requireDateKey(dateKey: string): CalendarDate {
  const parts = parseDateKeyParts(dateKey)
  if (parts === null) throw new RangeError(`Invalid date key: ${dateKey}`)
  return parts
}

/** Milliseconds of Shanghai midnight at the start of a date, as a UTC instant. */
function midnightMs(dateKey: DateKey): number {
  const { year, month, day } = requireDateKey(dateKey)
  return Date.UTC(year, month - 1, day) - OFFSET_MS
}

/**
 * The instant at which Shanghai clocks read `minuteOfDay` on `dateKey`. Minutes past 1439 roll
 * into the following days, so `(date, 1440)` is the next midnight.
 */
export function shanghaiInstant(dateKey: DateKey, minuteOfDay: number): Date {
  if (!Number.isInteger(minuteOfDay)) throw new RangeError(`Invalid minute of day: ${minuteOfDay}`)
  return new Date(midnightMs(dateKey) + minuteOfDay * MINUTE_MS)
}

/** Epoch milliseconds of {@link shanghaiInstant}, for arithmetic without allocating Dates. */
export function shanghaiInstantMs(dateKey: DateKey, minuteOfDay: number): number {
  return shanghaiInstant(dateKey, minuteOfDay).getTime()
}

/** The date `days` days after (or before, when negative) `dateKey`. */
export function addDays(dateKey: DateKey, days: number): DateKey {
  if (!Number.isInteger(days)) throw new RangeError(`Invalid day count: ${days}`)
  const { year, month, day } = requireDateKey(dateKey)
  const moved = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS)
  return formatDateKey(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate())
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DateKey, to: DateKey): number {
  return Math.round((midnightMs(to) - midnightMs(from)) / DAY_MS)
}

/** The weekday of a date, 1 = Monday … 7 = Sunday. */
export function weekdayOfDateKey(dateKey: DateKey): Weekday {
  const { year, month, day } = requireDateKey(dateKey)
  return toWeekday(new Date(Date.UTC(year, month - 1, day)).getUTCDay())
}

/** The year of a date key. */
export function yearOfDateKey(dateKey: DateKey): number {
  return requireDateKey(dateKey).year
}
