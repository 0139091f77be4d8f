import type { DispatchReport } from '../../src/domain/contracts/notify'
import type { FanOut } from './fan-out'
import type { ReminderRun } from './reminder-run'
import type { SendCounts, SendQueue } from './send-queue'

/** Nearest-rank p50, p99 and the slowest of the run's send times. */
function timings(samples: readonly number[]): DispatchReport['sendMs'] {
  if (samples.length === 0) return null
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0
  return { p50: rank(0.5), p99: rank(0.99), max: sorted[sorted.length - 1] ?? 0 }
}

/**
 * How long one run may start new work. The function's timeout is 60 s (cloudbaserc.json); a batch
 * started just before this ends well within it, and the next minute's run carries on.
 */
export const DISPATCH_BUDGET_MS = 40_000

/**
 * The minute's run, in the order that lets new messages go out in the same run: the day's reminders
 * (once, from 08:00), then broadcasts fanned out to their subscribers, then the queue sent.
 */
export function dispatchService(deps: {
  readonly reminders: ReminderRun
  readonly fanOut: FanOut
  readonly queue: SendQueue
  readonly now: () => Date
  readonly budgetMs?: number
}) {
  return {
    async dispatch(): Promise<DispatchReport> {
      const deadline = deps.now().getTime() + (deps.budgetMs ?? DISPATCH_BUDGET_MS)
      const remindersEnqueued = await deps.reminders.runIfDue(deadline)
      const fannedOut = await deps.fanOut.run(deadline)
      const counts: SendCounts = { sent: 0, failed: 0, retried: 0, inboxOnly: 0, sendMs: [] }
      const moreDue = await deps.queue.run(deadline, counts)
      const { sendMs, ...sends } = counts
      return { ...sends, fannedOut, remindersEnqueued, moreDue, sendMs: timings(sendMs) }
    },
  }
}
