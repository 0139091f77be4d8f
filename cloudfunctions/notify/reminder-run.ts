import { randomUUID } from 'node:crypto'
import { lastRemindedDay, reminderAction, reminderRunDay } from '../../src/domain/notifications/reminder-schedule'
import type { Logger } from '../runtime/logger'
import { enqueueStoredMessage } from '../runtime/notifications/outbox'
import type { TemplateIdOf } from '../runtime/notifications/template-ids'
import type { InboxRepository } from '../runtime/repositories/inbox-repository'
import type { NotificationsRepository } from '../runtime/repositories/notifications-repository'
import { reminderRunId, type RunsRepository } from '../runtime/repositories/notification-runs-repository'
import { remindersIn, type ReminderDocument, type RemindersRepository } from '../runtime/repositories/reminders-repository'
import type { Transaction } from '../runtime/transaction'
import { forEachLimited } from './for-each-limited'

export interface ReminderRunDependencies {
  readonly runs: RunsRepository
  readonly reminders: RemindersRepository
  readonly notifications: Pick<NotificationsRepository, 'removeSettledBefore'>
  readonly inbox: Pick<InboxRepository, 'removeOlderThan'>
  readonly runInTransaction: <T>(work: (transaction: Transaction) => Promise<T>) => Promise<T>
  readonly templateIdOf: TemplateIdOf
  readonly now: () => Date
  readonly log: Logger
}

const REMINDERS_PAGE = 100
const REMINDER_CONCURRENCY = 8
const RUN_LEASE_MS = 120_000
/** Messages and 消息 entries are kept for 400 days: a year's monthly reports, and a person's last year. */
export const NOTIFICATION_RETENTION_MS = 400 * 24 * 60 * 60 * 1000

/**
 * The day's 08:00 run, made by the first dispatcher at or after 08:00 Shanghai time (CloudBase gives a
 * function one timer, and the minute's timer is the dispatcher's): every reminder registered for
 * tomorrow, or for today and registered after yesterday's run, becomes a message; reminders of days
 * gone by expire. One dispatcher runs it (a run record with a lease); a run cut short is taken up again.
 * It also forgets messages past their retention.
 */
export function reminderRun(deps: ReminderRunDependencies) {
  async function remind(reminder: ReminderDocument, runDay: string): Promise<boolean> {
    if (reminderAction(reminder.eventDay, runDay) === 'expire') {
      await deps.reminders.expire(reminder._id, deps.now())
      return false
    }
    return await deps.runInTransaction(async transaction => {
      const reminders = remindersIn(transaction)
      const current = await reminders.findById(reminder._id)
      // Cancelled or rescheduled since it was read: its own transaction saw the change.
      if (current === null || current.state !== 'waiting' || current.eventDay !== reminder.eventDay) return false
      const now = deps.now()
      const enqueued = await enqueueStoredMessage(
        transaction,
        {
          recipientUserId: current.recipientUserId,
          templateKey: current.templateKey,
          values: current.values,
          page: current.page,
          dedupeKey: `reminder|${current.key}|${current.eventDay}`,
        },
        { now, templateIdOf: deps.templateIdOf, log: deps.log },
      )
      await reminders.update(current._id, { state: 'enqueued', notificationId: enqueued.notificationId, updatedAt: now })
      return true
    })
  }

  /** Holds the run of `day` for this dispatcher; false when it is done or another one holds it. */
  async function hold(id: string, day: string, owner: string): Promise<boolean> {
    const now = deps.now()
    const leaseUntil = new Date(now.getTime() + RUN_LEASE_MS)
    const run = await deps.runs.findById(id)
    if (run === null) {
      return await deps.runs.start({ _id: id, day, state: 'running', dueAt: leaseUntil, leaseOwner: owner, enqueued: 0, startedAt: now, finishedAt: null })
    }
    return run.state === 'running' && (await deps.runs.takeOver(id, owner, now, leaseUntil))
  }

  return {
    /** Runs the latest due day's reminders unless done; answers how many it enqueued. */
    async runIfDue(deadline: number): Promise<number> {
      const day = reminderRunDay(deps.now())
      const id = reminderRunId(day)
      const owner = `rem-${randomUUID().replace(/-/g, '').slice(0, 16)}`
      if (!(await hold(id, day, owner))) return 0
      const lastDay = lastRemindedDay(day)
      let enqueued = 0
      while (deps.now().getTime() < deadline) {
        const waiting = await deps.reminders.waitingUntil(lastDay, REMINDERS_PAGE)
        if (waiting.length === 0) {
          const now = deps.now()
          const cutoff = new Date(now.getTime() - NOTIFICATION_RETENTION_MS)
          const [messages, entries] = await Promise.all([deps.notifications.removeSettledBefore(cutoff), deps.inbox.removeOlderThan(cutoff)])
          await deps.runs.finish(id, owner, enqueued, now)
          deps.log.info('reminder_run_done', { day, enqueued, messagesForgotten: messages, inboxForgotten: entries })
          return enqueued
        }
        await forEachLimited(waiting, REMINDER_CONCURRENCY, async reminder => {
          if (await remind(reminder, day)) enqueued += 1
        })
      }
      // Out of time: the run stays held until its lease ends, then the next dispatcher carries on.
      return enqueued
    },
  }
}

export type ReminderRun = ReturnType<typeof reminderRun>
