/** A pending timer of a SchedulerClock. */
export interface ScheduledTimer {
  cancel(): void
}

/** The time source of the timer scheduler: the real clock by default, a manual one in tests. */
export interface SchedulerClock {
  now(): number
  setTimer(delayMs: number, callback: () => void): ScheduledTimer
}

// setTimeout overflows above 2^31-1 ms (about 24.8 days); longer waits are taken in steps.
const MAX_TIMER_DELAY_MS = 2_147_483_647

/** The machine's clock. Its timers are unref'd: a schedule alone does not keep the process alive. */
export const systemClock: SchedulerClock = {
  now: () => Date.now(),
  setTimer(delayMs, callback) {
    const target = Date.now() + delayMs
    let handle: NodeJS.Timeout
    const arm = (): void => {
      const remaining = target - Date.now()
      if (remaining > MAX_TIMER_DELAY_MS) {
        handle = setTimeout(arm, MAX_TIMER_DELAY_MS)
      } else {
        handle = setTimeout(callback, Math.max(0, remaining))
      }
      handle.unref()
    }
    arm()
    return { cancel: () => clearTimeout(handle) }
  },
}
