/** A day on the calendar, with no time and no time zone. */
export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** True when the date exists (2017-02-30 does not); computed by arithmetic so no time zone can shift it. */
export function isCalendarDate({ year, month, day }: CalendarDate): boolean {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return false
  if (!Number.isInteger(month) || month < 1 || month > 12) return false
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
  return Number.isInteger(day) && day >= 1 && day <= days
}

/** `YYYY-MM-DD`. */
export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Reads `YYYY-MM-DD`; null when it is malformed or not a real date. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return null
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  return isCalendarDate(date) ? date : null
}
