import { addDays, shanghaiDateKey, shanghaiInstant, shanghaiParts, type DateKey } from '../time/shanghai-time'

/**
 * Reminders go out once a day at 08:00 Shanghai time, for what happens the next day: a person reads
 * them in the morning with a whole day to prepare. The day's run also catches what is on the same day
 * and was registered after that day's run the evening before, so a late booking is still reminded.
 */
export const REMINDER_MINUTE_OF_DAY = 8 * 60

/** The day whose 08:00 run is the latest one due at `now`: today from 08:00, else yesterday. */
export function reminderRunDay(now: Date): DateKey {
  const today = shanghaiDateKey(now)
  return shanghaiParts(now).minuteOfDay >= REMINDER_MINUTE_OF_DAY ? today : addDays(today, -1)
}

/** The instant the run of `day` is due. */
export function reminderRunAt(day: DateKey): Date {
  return shanghaiInstant(day, REMINDER_MINUTE_OF_DAY)
}

/**
 * What the run of `runDay` does with a reminder of something on `eventDay`: remind it when it is
 * tomorrow (or today, registered too late for yesterday's run), leave it for a later run, or let it
 * expire when the day is past.
 */
export function reminderAction(eventDay: DateKey, runDay: DateKey): 'remind' | 'later' | 'expire' {
  if (eventDay < runDay) return 'expire'
  return eventDay <= addDays(runDay, 1) ? 'remind' : 'later'
}

/** The last event day a run of `runDay` reminds. */
export function lastRemindedDay(runDay: DateKey): DateKey {
  return addDays(runDay, 1)
}
