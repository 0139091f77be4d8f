import { calendarCovers, type HolidayCalendar } from '../stations/holiday-calendar'
import { clockTimeToMinutes, minutesToClockTime } from '../time/clock-time'
import { addDays, daysBetween, shanghaiInstantMs, weekdayOfDateKey, type DateKey } from '../time/shanghai-time'
import type { Roster, RosterDays } from './roster'

/** One slot a roster makes on one day, before it is stored. */
export interface SlotPlan {
  /** Deterministic: the same roster, day and start always make the same id, so materialising again adds nothing. */
  readonly id: string
  readonly rosterId: string
  readonly serviceKey: string
  readonly day: DateKey
  /** Minutes after Shanghai midnight. */
  readonly startMinute: number
  readonly endMinute: number
  /** Epoch milliseconds of the start and end, Asia/Shanghai wall time. */
  readonly startsAt: number
  readonly endsAt: number
  readonly capacity: number
  readonly room: string
  readonly hostUserId: string
}

/** `ro123-20261104-0930`. */
export function slotIdFor(rosterId: string, day: DateKey, startMinute: number): string {
  return `${rosterId}-${day.replace(/-/g, '')}-${minutesToClockTime(startMinute).replace(':', '')}`
}

/** Whether a day is an official working day: Monday to Friday unless a statutory holiday, or a 调休 make-up day. */
export function isOfficialWorkday(day: DateKey, calendar: HolidayCalendar): boolean {
  if (calendar.holidays.has(day)) return false
  if (calendar.workdays.has(day)) return true
  return weekdayOfDateKey(day) <= 5
}

/** Whether a roster's day rule has the host receiving on `day`. */
export function runsOn(days: RosterDays, day: DateKey, calendar: HolidayCalendar): boolean {
  switch (days.kind) {
    case 'workdays':
      return isOfficialWorkday(day, calendar)
    case 'weekly':
      if (!days.onHolidays && calendar.holidays.has(day)) return false
      return days.weekdays.includes(weekdayOfDateKey(day))
    case 'dates':
      return days.dates.includes(day)
  }
}

/**
 * The slots a roster makes from `from` to `to` (inclusive Shanghai days): each time range cut into
 * whole slots of `slotMinutes` (a remainder too short for a slot is left out), within the rule's own
 * validity. Times are Shanghai wall-clock whatever the machine's zone.
 */
export function planSlots(roster: Roster, from: DateKey, to: DateKey, calendar: HolidayCalendar): SlotPlan[] {
  if (!roster.active) return []
  const plans: SlotPlan[] = []
  const days = daysBetween(from, to)
  for (let offset = 0; offset <= days; offset += 1) {
    const day = addDays(from, offset)
    if (roster.validFrom !== null && day < roster.validFrom) continue
    if (roster.validUntil !== null && day > roster.validUntil) continue
    if (!runsOn(roster.days, day, calendar)) continue
    for (const range of roster.ranges) {
      const end = clockTimeToMinutes(range.end)
      for (let start = clockTimeToMinutes(range.start); start + roster.slotMinutes <= end; start += roster.slotMinutes) {
        plans.push({
          id: slotIdFor(roster.id, day, start),
          rosterId: roster.id,
          serviceKey: roster.serviceKey,
          day,
          startMinute: start,
          endMinute: start + roster.slotMinutes,
          startsAt: shanghaiInstantMs(day, start),
          endsAt: shanghaiInstantMs(day, start + roster.slotMinutes),
          capacity: roster.placesPerSlot,
          room: roster.room,
          hostUserId: roster.hostUserId,
        })
      }
    }
  }
  return plans.sort((a, b) => a.startsAt - b.startsAt || a.id.localeCompare(b.id))
}

/**
 * Days in the range the calendar cannot vouch for: a year whose holiday announcement it does not hold
 * (workday rules then follow plain weekdays). Staff are told, so they close such holidays by hand.
 */
export function uncoveredYears(from: DateKey, to: DateKey, calendar: HolidayCalendar): number[] {
  const years = new Set<number>()
  for (let offset = 0; offset <= daysBetween(from, to); offset += 1) {
    const day = addDays(from, offset)
    if (!calendarCovers(calendar, day)) years.add(Number(day.slice(0, 4)))
  }
  return [...years].sort()
}
