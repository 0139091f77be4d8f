import type { CronSchedule } from './parse-cron'
import { dayOfWeek, daysInMonth, fromShanghaiWallTime, toShanghaiWallTime, type WallTime } from './shanghai-wall-time'

function firstAtLeast(values: readonly number[], minimum: number): number | undefined {
  return values.find(value => value >= minimum)
}

function dayMatches(schedule: CronSchedule, wall: WallTime): boolean {
  if (wall.day > daysInMonth(wall.year, wall.month)) return false
  const byDay = schedule.daysOfMonth.includes(wall.day)
  const byWeek = schedule.daysOfWeek.includes(dayOfWeek(wall.year, wall.month, wall.day))
  // Both fields restricted: CloudBase fires when either matches (as classic cron does).
  if (schedule.dayOfMonthRestricted && schedule.dayOfWeekRestricted) return byDay || byWeek
  return byDay && byWeek
}

function startOfNextDay(wall: WallTime): WallTime {
  if (wall.day < daysInMonth(wall.year, wall.month)) return { ...wall, day: wall.day + 1, hour: 0, minute: 0, second: 0 }
  if (wall.month < 12) return { ...wall, month: wall.month + 1, day: 1, hour: 0, minute: 0, second: 0 }
  return { year: wall.year + 1, month: 1, day: 1, hour: 0, minute: 0, second: 0 }
}

function startOfNextHour(wall: WallTime): WallTime {
  return wall.hour < 23 ? { ...wall, hour: wall.hour + 1, minute: 0, second: 0 } : startOfNextDay(wall)
}

function startOfNextMinute(wall: WallTime): WallTime {
  return wall.minute < 59 ? { ...wall, minute: wall.minute + 1, second: 0 } : startOfNextHour(wall)
}

/**
 * The first instant strictly after `afterMs`, on a whole second, at which the schedule fires
 * (evaluated on Asia/Shanghai clocks); null when it never fires again before the end of 2099.
 */
export function nextFireTime(schedule: CronSchedule, afterMs: number): number | null {
  let wall = toShanghaiWallTime(Math.floor(afterMs / 1000) * 1000 + 1000)
  // Each pass either returns or moves forward by at least one unit; the year bound ends the search.
  for (;;) {
    const year = firstAtLeast(schedule.years, wall.year)
    if (year === undefined) return null
    if (year !== wall.year) wall = { year, month: 1, day: 1, hour: 0, minute: 0, second: 0 }

    const month = firstAtLeast(schedule.months, wall.month)
    if (month === undefined) {
      wall = { year: wall.year + 1, month: 1, day: 1, hour: 0, minute: 0, second: 0 }
      continue
    }
    if (month !== wall.month) wall = { ...wall, month, day: 1, hour: 0, minute: 0, second: 0 }

    if (!dayMatches(schedule, wall)) {
      wall = startOfNextDay(wall)
      continue
    }

    const hour = firstAtLeast(schedule.hours, wall.hour)
    if (hour === undefined) {
      wall = startOfNextDay(wall)
      continue
    }
    if (hour !== wall.hour) wall = { ...wall, hour, minute: 0, second: 0 }

    const minute = firstAtLeast(schedule.minutes, wall.minute)
    if (minute === undefined) {
      wall = startOfNextHour(wall)
      continue
    }
    if (minute !== wall.minute) wall = { ...wall, minute, second: 0 }

    const second = firstAtLeast(schedule.seconds, wall.second)
    if (second === undefined) {
      wall = startOfNextMinute(wall)
      continue
    }
    return fromShanghaiWallTime({ ...wall, second })
  }
}
