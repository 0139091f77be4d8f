import type { NotificationChannel } from '../../../src/domain/contracts/notify'
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey, type TemplateValues } from '../../../src/domain/notifications/subscribe-templates'
import { fitTemplateData, inboxLines } from '../../../src/domain/notifications/template-data'
import { shanghaiDateKey } from '../../../src/domain/time/shanghai-time'
import type { Logger } from '../logger'
import { inboxIn } from '../repositories/inbox-repository'
import { broadcastIdFor, broadcastsIn } from '../repositories/notification-broadcasts-repository'
import { notificationIdFor, notificationsIn, type InboxOnlyReason, type NotificationDocument } from '../repositories/notifications-repository'
import { subscriptionsIn, type SubscriptionDocument } from '../repositories/subscriptions-repository'
import type { Transaction } from '../transaction'
import type { TemplateIdOf } from './template-ids'

/**
 * The one way a feature sends a person a message: enqueued in the transaction of the change that causes
 * it, so the change and its message exist together or not at all. A message always lands in the person's
 * 消息; it is queued for WeChat too when they have a 允许 left for the template (which it then holds).
 *
 *     const told = await enqueueNotification(transaction, {
 *       recipientUserId, templateKey: 'station-report-result', values: {…}, page: 'packages/…?id=…',
 *       dedupeKey: `station-report:${reportId}:resolved`,
 *     }, { now, templateIdOf })
 *     // told.channel === 'inbox': say so on the page ("…已放在'消息'里")
 */

/** A message for one person. */
export interface MessageRequest<K extends SubscribeTemplateKey> {
  readonly recipientUserId: string
  readonly templateKey: K
  /** One text per template field, whole: WeChat's copy is cut to its rules, 消息 keeps every word. */
  readonly values: TemplateValues<K>
  /** The page a tap opens, without the leading slash (`packages/bulletins/detail/index?id=…`), or null. */
  readonly page: string | null
  /** What caused it, so the same cause enqueued twice (a retry, a replay) makes one message. */
  readonly dedupeKey: string
}

/** A message as stored before it is made (a broadcast's, a reminder's): the same, its values as plain text. */
export type StoredMessageRequest = Omit<MessageRequest<SubscribeTemplateKey>, 'values'> & { readonly values: Readonly<Record<string, string>> }

/** A message for everyone who switched the template on (see `BroadcastDocument`). */
export interface BroadcastRequest<K extends SubscribeTemplateKey> {
  readonly templateKey: K
  readonly values: TemplateValues<K>
  readonly page: string | null
  readonly dedupeKey: string
}

export interface EnqueueOptions {
  readonly now: Date
  readonly templateIdOf: TemplateIdOf
  /** Where a message that could not be fitted for WeChat is reported (it still reaches 消息). */
  readonly log?: Logger
}

/** What became of an enqueue: whether WeChat will carry it, or 消息 alone, and why. */
export interface Enqueued {
  readonly notificationId: string
  readonly channel: NotificationChannel
  /** Why it is in 消息 only; null when it is queued for WeChat. */
  readonly reason: InboxOnlyReason | null
  /** An earlier enqueue with the same dedupe key made it; nothing new was written. */
  readonly duplicate: boolean
}

/** How an earlier enqueue of the same message went: 消息 only from the start, or meant for WeChat (whatever WeChat said since). */
function channelOf(message: NotificationDocument): Pick<Enqueued, 'channel' | 'reason'> {
  if (message.state !== 'inbox-only') return { channel: 'wechat', reason: null }
  const reason = message.reason === 'refused' || message.reason === 'gave-up' ? null : message.reason
  return { channel: 'inbox', reason }
}

/** Whether the person's standing lets this message go to WeChat, and if not, why. */
function wechatRefusal(subscription: SubscriptionDocument | null, templateId: string): InboxOnlyReason | null {
  if (subscription === null) return 'no-credit'
  if (!subscription.enabled) return 'switched-off'
  // Credits granted for another template id (the account's template was replaced) are not valid for this one.
  if (subscription.templateId !== templateId || subscription.credits <= 0) return 'no-credit'
  return null
}

/**
 * Enqueues one message in `transaction`: its outbox entry, its 消息 entry and, when it goes to WeChat,
 * one of the person's credits reserved. A second enqueue with the same dedupe key answers the first's
 * outcome and writes nothing.
 */
export async function enqueueNotification<K extends SubscribeTemplateKey>(
  transaction: Transaction,
  request: MessageRequest<K>,
  options: EnqueueOptions,
): Promise<Enqueued> {
  return await enqueueStoredMessage(transaction, request, options)
}

/** `enqueueNotification` for values read back from the database (broadcasts, reminders), checked by the template's rules only. */
export async function enqueueStoredMessage(transaction: Transaction, request: StoredMessageRequest, options: EnqueueOptions): Promise<Enqueued> {
  const id = notificationIdFor(request.dedupeKey)
  const messages = notificationsIn(transaction)
  const existing = await messages.findById(id)
  if (existing !== null) return { notificationId: id, ...channelOf(existing), duplicate: true }

  const { now } = options
  const template = SUBSCRIBE_TEMPLATES[request.templateKey]
  const values = request.values
  const templateId = options.templateIdOf(request.templateKey)
  const fitted = fitTemplateData(template, values)
  const subscriptions = subscriptionsIn(transaction)

  let refusal: InboxOnlyReason | null
  let subscription: SubscriptionDocument | null = null
  if (templateId === null) refusal = 'no-template'
  else if (!fitted.ok) {
    // A feature's values that no cutting can make acceptable (a phone number with letters): a bug to fix,
    // but never a reason to lose the change or the message, which 消息 still carries.
    options.log?.warn('notification_unsendable', { templateKey: request.templateKey, fields: fitted.problems.map(problem => problem.key).join(',') })
    refusal = 'unsendable-data'
  } else {
    subscription = await subscriptions.find(request.recipientUserId, request.templateKey)
    refusal = wechatRefusal(subscription, templateId)
  }
  if (refusal === null && subscription !== null) await subscriptions.reserve(subscription, now)

  const queued = refusal === null && fitted.ok
  await messages.insert({
    _id: id,
    dedupeKey: request.dedupeKey,
    recipientUserId: request.recipientUserId,
    templateKey: request.templateKey,
    templateId: queued ? templateId : null,
    state: queued ? 'queued' : 'inbox-only',
    reason: refusal,
    wechatData: queued ? fitted.data : null,
    page: request.page,
    attempts: 0,
    dueAt: now,
    leaseOwner: null,
    lastErrcode: null,
    msgid: null,
    day: shanghaiDateKey(now),
    createdAt: now,
    settledAt: queued ? null : now,
  })
  await inboxIn(transaction).insert({
    _id: id,
    userId: request.recipientUserId,
    templateKey: request.templateKey,
    title: template.title,
    lines: inboxLines(template, values),
    page: request.page,
    createdAt: now,
    readAt: null,
  })
  return { notificationId: id, channel: queued ? 'wechat' : 'inbox', reason: refusal, duplicate: false }
}

/**
 * Enqueues a message for everyone who switched `templateKey` on, in `transaction`: one broadcast entry,
 * fanned out into personal messages by the dispatcher within the minute. False when a broadcast with
 * this dedupe key already exists.
 */
export async function enqueueBroadcast<K extends SubscribeTemplateKey>(transaction: Transaction, request: BroadcastRequest<K>, now: Date): Promise<boolean> {
  const id = broadcastIdFor(request.dedupeKey)
  const broadcasts = broadcastsIn(transaction)
  if ((await broadcasts.findById(id)) !== null) return false
  await broadcasts.insert({
    _id: id,
    dedupeKey: request.dedupeKey,
    templateKey: request.templateKey,
    values: request.values,
    page: request.page,
    state: 'fanning-out',
    cursor: null,
    fannedOut: 0,
    dueAt: now,
    leaseOwner: null,
    createdAt: now,
    finishedAt: null,
  })
  return true
}
