import { nextFireTime } from './next-fire-time'
import type { CronSchedule } from './parse-cron'
import type { ScheduledTimer, SchedulerClock } from './scheduler-clock'

/** One timer trigger to run on its schedule. */
export interface ScheduledTrigger {
  readonly functionName: string
  readonly triggerName: string
  readonly schedule: CronSchedule
}

/** Called at each fire time with the instant the trigger was due. */
export type FireHandler = (trigger: ScheduledTrigger, scheduledAt: number) => void

/**
 * Runs timer triggers on their cron schedules. Each trigger waits for its own next fire time; a
 * fire that comes late (busy machine, suspended laptop) runs once and the missed ones are skipped,
 * as CloudBase does not replay missed timers.
 */
export class TimerScheduler {
  private readonly timers = new Map<ScheduledTrigger, ScheduledTimer>()
  private running = false

  constructor(
    private readonly triggers: readonly ScheduledTrigger[],
    private readonly clock: SchedulerClock,
    private readonly onFire: FireHandler,
    private readonly log: (line: string) => void,
  ) {}

  start(): void {
    if (this.running) return
    this.running = true
    for (const trigger of this.triggers) this.arm(trigger, this.clock.now())
  }

  stop(): void {
    this.running = false
    for (const timer of this.timers.values()) timer.cancel()
    this.timers.clear()
  }

  private arm(trigger: ScheduledTrigger, afterMs: number): void {
    const due = nextFireTime(trigger.schedule, afterMs)
    if (due === null) {
      this.log(`timer ${trigger.functionName}/${trigger.triggerName} ("${trigger.schedule.expression}") never fires again`)
      this.timers.delete(trigger)
      return
    }
    const timer = this.clock.setTimer(Math.max(0, due - this.clock.now()), () => {
      if (!this.running) return
      this.arm(trigger, Math.max(due, this.clock.now()))
      this.onFire(trigger, due)
    })
    this.timers.set(trigger, timer)
  }
}
