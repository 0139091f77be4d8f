import type { SubscribeTemplateKey, TemplateValues } from '../../../src/domain/notifications/subscribe-templates'
import { isDateKey, type DateKey } from '../../../src/domain/time/shanghai-time'
import { reminderIdFor, remindersIn, type ReminderDocument } from '../repositories/reminders-repository'
import type { Transaction } from '../transaction'

/**
 * What a feature registers to have its person reminded at 08:00 on the day before (a legal-aid booking,
 * a training session), in the transaction of the change that makes it:
 *
 *     await registerReminder(transaction, {
 *       key: `legal-aid:booking:${bookingId}`, recipientUserId, eventDay: '2026-05-02',
 *       templateKey: 'service-reminder', values: {…}, page: 'packages/legal-aid/case/index?id=…',
 *     }, now)
 *
 * and cancels in the transaction that cancels it. The daily run makes a message of each (see notify's
 * reminder run), which reaches WeChat when the person has a 允许 left for the template, 消息 always.
 */
export interface ReminderRequest<K extends SubscribeTemplateKey> {
  /** The feature's own name for what is reminded; registering the same key again reschedules it. */
  readonly key: string
  readonly recipientUserId: string
  readonly templateKey: K
  readonly values: TemplateValues<K>
  readonly page: string | null
  /** The Shanghai day of the appointment or course, `YYYY-MM-DD`. */
  readonly eventDay: DateKey
}

/**
 * Registers (or reschedules) a reminder. Registering it again with the same day and words changes
 * nothing; with another day it waits for that day's run again, even if the earlier day was reminded.
 */
export async function registerReminder<K extends SubscribeTemplateKey>(transaction: Transaction, request: ReminderRequest<K>, now: Date): Promise<void> {
  if (!isDateKey(request.eventDay)) throw new RangeError(`reminder ${request.key}: eventDay must be YYYY-MM-DD`)
  const reminders = remindersIn(transaction)
  const id = reminderIdFor(request.key)
  const existing = await reminders.findById(id)
  const values: Readonly<Record<string, string>> = request.values
  const unchanged =
    existing !== null &&
    existing.state !== 'cancelled' &&
    existing.eventDay === request.eventDay &&
    existing.recipientUserId === request.recipientUserId &&
    existing.templateKey === request.templateKey &&
    existing.page === request.page &&
    JSON.stringify(existing.values) === JSON.stringify(values)
  if (unchanged) return
  const reminder: ReminderDocument = {
    _id: id,
    key: request.key,
    recipientUserId: request.recipientUserId,
    templateKey: request.templateKey,
    values,
    page: request.page,
    eventDay: request.eventDay,
    // Already reminded of this very day: new words are kept but not sent again.
    state: existing !== null && existing.state === 'enqueued' && existing.eventDay === request.eventDay ? 'enqueued' : 'waiting',
    notificationId: existing !== null && existing.eventDay === request.eventDay ? existing.notificationId : null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  }
  await reminders.replace(reminder)
}

/** Cancels a waiting reminder; false when there was none to cancel (unknown, already sent or cancelled). */
export async function cancelReminder(transaction: Transaction, key: string, now: Date): Promise<boolean> {
  const reminders = remindersIn(transaction)
  const id = reminderIdFor(key)
  const existing = await reminders.findById(id)
  if (existing === null || existing.state !== 'waiting') return false
  await reminders.update(id, { state: 'cancelled', updatedAt: now })
  return true
}
