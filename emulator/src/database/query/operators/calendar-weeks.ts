/**
 * Week arithmetic as MongoDB's date operators define it, on a Date whose UTC fields hold the wall
 * time to report (the caller shifts it into the requested time zone first).
 */

const DAY_MS = 86_400_000

/** Day of the year, 1–366. */
export function dayOfYear(date: Date): number {
  return Math.floor((Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS) + 1
}

/** ISO day of the week: 1 (Monday) to 7 (Sunday). */
export function isoDayOfWeek(date: Date): number {
  return date.getUTCDay() === 0 ? 7 : date.getUTCDay()
}

/**
 * `$week` and `%U`: weeks start on Sunday, week 1 begins with the year's first Sunday and the days
 * before it are week 0 (strftime's %U), so the result runs from 0 to 53.
 */
export function sundayWeekOfYear(date: Date): number {
  return Math.floor((dayOfYear(date) - 1 + 7 - date.getUTCDay()) / 7)
}

/** The Thursday of the ISO week holding `date`: it decides both the ISO week and the ISO year. */
function isoThursday(date: Date): Date {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
  return new Date(midnight + (4 - isoDayOfWeek(date)) * DAY_MS)
}

/** `$isoWeek` and `%V`: ISO 8601 week number, 1–53. */
export function isoWeek(date: Date): number {
  return Math.floor((dayOfYear(isoThursday(date)) - 1) / 7) + 1
}

/** `$isoWeekYear` and `%G`: the ISO 8601 week-numbering year (2019-12-30 belongs to 2020). */
export function isoWeekYear(date: Date): number {
  return isoThursday(date).getUTCFullYear()
}
