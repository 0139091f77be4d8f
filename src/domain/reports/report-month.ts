import { shanghaiInstant, type DateKey } from '../time/shanghai-time'

/** A calendar month, `YYYY-MM`. */
export type MonthKey = string

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

/** True for `YYYY-MM` with a real month. */
export function isMonthKey(value: string): boolean {
  return MONTH_PATTERN.test(value)
}

function partsOf(month: MonthKey): { readonly year: number; readonly month: number } {
  const match = MONTH_PATTERN.exec(month)
  if (match === null) throw new RangeError(`Invalid month key: ${month}`)
  return { year: Number(match[1]), month: Number(match[2]) }
}

/** The month a Shanghai date falls in. */
export function monthOfDateKey(dateKey: DateKey): MonthKey {
  return dateKey.slice(0, 7)
}

/** The month after `month`. */
export function nextMonth(month: MonthKey): MonthKey {
  return addMonths(month, 1)
}

/** January of the month's year: where a year-to-date figure starts counting. */
export function yearStartOf(month: MonthKey): MonthKey {
  return `${partsOf(month).year}-01`
}

/** The Shanghai midnight that opens the month, as an instant (for `createdAt`-style fields). */
export function monthStartInstant(month: MonthKey): Date {
  return shanghaiInstant(`${month}-01`, 0)
}

/** The month's last day, `YYYY-MM-DD`. */
export function lastDayOf(month: MonthKey): DateKey {
  const { year, month: number } = partsOf(month)
  const days = new Date(Date.UTC(year, number, 0)).getUTCDate()
  return `${month}-${String(days).padStart(2, '0')}`
}

/** Every day of the month, `YYYY-MM-01` … the last. */
export function daysOf(month: MonthKey): DateKey[] {
  const last = Number(lastDayOf(month).slice(8))
  return Array.from({ length: last }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)
}

/** The year and month as written in a bulletin: 2026年11月. */
export function monthWords(month: MonthKey): { readonly year: number; readonly month: number } {
  return partsOf(month)
}

/** The month `count` months after `month` (before, when negative). */
export function addMonths(month: MonthKey, count: number): MonthKey {
  const parts = partsOf(month)
  const index = parts.year * 12 + (parts.month - 1) + count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}
