import { minutesToClockTime } from '../../src/domain/time/clock-time'
import { shanghaiParts } from '../../src/domain/time/shanghai-time'

/** A Shanghai day and time as the course editor takes them. */
export interface TypedMoment {
  readonly day: string
  readonly time: string
}

function moment(instant: number): TypedMoment {
  const parts = shanghaiParts(instant)
  return { day: parts.dateKey, time: minutesToClockTime(parts.minuteOfDay) }
}

/**
 * A course whose sign-up is open now and whose one session can be checked in to now: sign-up closes
 * 25 minutes from now (before the session, as a course must), the session starts 28 minutes from now, so
 * check-in (open from 30 minutes before the start) is open already, and lasts an hour within its day.
 */
export function checkInNowTimes(now: number = Date.now()): { readonly opens: TypedMoment; readonly closes: TypedMoment; readonly session: { readonly day: string; readonly start: string; readonly end: string } } {
  const start = moment(now + 28 * 60_000)
  const startMinute = shanghaiParts(now + 28 * 60_000).minuteOfDay
  return {
    opens: moment(now - 60 * 60_000),
    closes: moment(now + 25 * 60_000),
    session: { day: start.day, start: start.time, end: minutesToClockTime(Math.min(startMinute + 60, 23 * 60 + 59)) },
  }
}
