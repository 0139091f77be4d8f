import type { ScheduledTimer, SchedulerClock } from '../../src/functions/timers/scheduler-clock'

interface PendingTimer {
  readonly dueAt: number
  readonly callback: () => void
  cancelled: boolean
}

/** A clock that moves only when the test says so; due timers run, in order, as it advances. */
export class ManualClock implements SchedulerClock {
  private readonly timers: PendingTimer[] = []

  constructor(private current: number) {}

  now(): number {
    return this.current
  }

  setTimer(delayMs: number, callback: () => void): ScheduledTimer {
    const timer: PendingTimer = { dueAt: this.current + delayMs, callback, cancelled: false }
    this.timers.push(timer)
    return { cancel: () => { timer.cancelled = true } }
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way. */
  advance(ms: number): void {
    const target = this.current + ms
    for (;;) {
      const due = this.timers
        .filter(timer => !timer.cancelled && timer.dueAt <= target)
        .sort((a, b) => a.dueAt - b.dueAt)[0]
      if (!due) break
      due.cancelled = true
      this.current = Math.max(this.current, due.dueAt)
      due.callback()
    }
    this.current = target
  }

  /** Moves time forward without running timers, as a suspended machine does; the next advance runs what is overdue. */
  jump(ms: number): void {
    this.current += ms
  }

  /** Timers still waiting. */
  pendingCount(): number {
    return this.timers.filter(timer => !timer.cancelled).length
  }
}

/** The instant Asia/Shanghai clocks show `YYYY-MM-DD hh:mm:ss(.sss)`, independent of the machine's TZ. */
export function shanghai(wallTime: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?$/.exec(wallTime)
  if (!match) throw new Error(`bad wall time ${wallTime}`)
  const [, y, mo, d, h, mi, s, ms] = match.map(Number)
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0, Number.isNaN(ms) ? 0 : ms ?? 0) - 8 * 3600_000
}
