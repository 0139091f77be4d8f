import { createHash } from 'node:crypto'
import type { SubscribeTemplateKey } from '../../../src/domain/notifications/subscribe-templates'
import type { DateKey } from '../../../src/domain/time/shanghai-time'
import type { Database } from '../cloudbase-app'
import type { Transaction } from '../transaction'
import { typedCollection, type StoredDocument } from '../typed-collection'

export const REMINDERS_COLLECTION = 'notification_reminders'

/** `waiting` for its morning; `enqueued` as a message; `cancelled` by its feature; `expired` when its day passed unreminded. */
export type ReminderState = 'waiting' | 'enqueued' | 'cancelled' | 'expired'

/**
 * Something a feature wants its person reminded of at 08:00 the day before (an appointment, a course),
 * registered in the feature's own transaction. Personal data: deleted with the person.
 */
export interface ReminderDocument extends StoredDocument {
  /** The feature's name for it (`legal-aid:booking:<id>`): registering the key again reschedules it. */
  readonly key: string
  readonly recipientUserId: string
  readonly templateKey: SubscribeTemplateKey
  readonly values: Readonly<Record<string, string>>
  readonly page: string | null
  /** The Shanghai day of what is reminded. */
  readonly eventDay: DateKey
  readonly state: ReminderState
  /** The message it became, once enqueued. */
  readonly notificationId: string | null
  readonly createdAt: Date
  readonly updatedAt: Date
}

export function reminderIdFor(key: string): string {
  return `m${createHash('sha256').update(`reminder|${key}`).digest('hex').slice(0, 31)}`
}

export function remindersIn(transaction: Transaction) {
  const reminders = transaction.collection<ReminderDocument>(REMINDERS_COLLECTION)
  return {
    findById: (id: string) => reminders.findById(id),
    replace: (reminder: ReminderDocument) => reminders.replace(reminder),
    update: (id: string, changes: Partial<Omit<ReminderDocument, '_id'>>) => reminders.updateById(id, changes),
  }
}

/** The `notification_reminders` collection. */
export function remindersRepository(db: Database) {
  const reminders = typedCollection<ReminderDocument>(db, REMINDERS_COLLECTION)
  const _ = db.command
  return {
    /** Waiting reminders of days up to `lastDay`, the earliest first. */
    async waitingUntil(lastDay: DateKey, limit: number): Promise<ReminderDocument[]> {
      return await reminders.find({ state: 'waiting', eventDay: _.lte(lastDay) }, { orderBy: [['eventDay', 'asc'], ['_id', 'asc']], limit })
    },
    /** A waiting reminder whose day passed: nothing is sent for it. */
    async expire(id: string, at: Date): Promise<void> {
      await reminders.updateWhere({ _id: id, state: 'waiting' }, { state: 'expired', updatedAt: at })
    },
  }
}

export type RemindersRepository = ReturnType<typeof remindersRepository>
