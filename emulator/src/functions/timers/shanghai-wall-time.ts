/**
 * CloudBase evaluates timer triggers in UTC+8 (Asia/Shanghai). China has kept UTC+8 without
 * daylight saving since 1991, so a fixed offset is exact and independent of the machine's TZ.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

/** A clock reading in Asia/Shanghai; month is 1–12, dayOfWeek is 0 (Sunday)–6. */
export interface WallTime {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
}

/** The Asia/Shanghai wall-clock reading of an instant, to the second. */
export function toShanghaiWallTime(epochMs: number): WallTime {
  const shifted = new Date(epochMs + SHANGHAI_OFFSET_MS)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  }
}

/** The instant at which Asia/Shanghai clocks show `wall`. */
export function fromShanghaiWallTime(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - SHANGHAI_OFFSET_MS
}

/** Day of the week (0 = Sunday) of a calendar date. */
export function dayOfWeek(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** Number of days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
