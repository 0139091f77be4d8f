const DAY_MS = 24 * 60 * 60_000

/** How many missed appointments, in how many days, pause self-booking for how long. */
export interface NoShowPolicy {
  readonly limit: number
  readonly windowDays: number
  readonly pauseDays: number
}

export const DEFAULT_NO_SHOW_POLICY: NoShowPolicy = { limit: 3, windowDays: 90, pauseDays: 30 }

/** A pause of self-booking: from when, until when, and the no-shows that caused it. */
export interface BookingPause {
  /** Epoch milliseconds. */
  readonly startedAt: number
  readonly until: number
  readonly noShows: number
}

/**
 * The no-shows that still count at `now`: those within the policy's window, and after the start of the
 * last pause, so the misses that caused one pause never cause another.
 */
export function countingNoShows(noShowTimes: readonly number[], now: number, policy: NoShowPolicy, lastPauseStartedAt: number | null): number[] {
  const windowStart = now - policy.windowDays * DAY_MS
  return noShowTimes.filter(time => time > windowStart && time <= now && (lastPauseStartedAt === null || time > lastPauseStartedAt))
}

/**
 * What a newly recorded no-show at `now` leads to: a pause of self-booking when it makes `limit`
 * counting no-shows, else none.
 */
export function pauseAfterNoShow(noShowTimes: readonly number[], now: number, policy: NoShowPolicy, lastPauseStartedAt: number | null): BookingPause | null {
  const counting = countingNoShows(noShowTimes, now, policy, lastPauseStartedAt)
  if (counting.length < policy.limit) return null
  return { startedAt: now, until: now + policy.pauseDays * DAY_MS, noShows: counting.length }
}

/** Whether a pause still stops self-booking at `now`. */
export function isPaused(pause: BookingPause | null, now: number): pause is BookingPause {
  return pause !== null && now < pause.until
}
