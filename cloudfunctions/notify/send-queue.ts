import { randomUUID } from 'node:crypto'
import { afterFailedSend } from '../../src/domain/notifications/send-retry'
import type { Logger } from '../runtime/logger'
import { notificationsIn, type NotificationDocument, type NotificationsRepository, type Settlement } from '../runtime/repositories/notifications-repository'
import { subscriptionId, subscriptionsIn, type SubscriptionDocument, type SubscriptionsRepository } from '../runtime/repositories/subscriptions-repository'
import type { UsersRepository } from '../runtime/repositories/users-repository'
import type { Transaction } from '../runtime/transaction'
import { forEachLimited } from './for-each-limited'
import type { SendSubscribeMessage } from './wechat-sender'

export interface SendQueueDependencies {
  readonly notifications: NotificationsRepository
  readonly subscriptions: Pick<SubscriptionsRepository, 'findByIds'>
  readonly users: Pick<UsersRepository, 'openidsOf'>
  readonly runInTransaction: <T>(work: (transaction: Transaction) => Promise<T>) => Promise<T>
  readonly send: SendSubscribeMessage
  readonly now: () => Date
  readonly log: Logger
}

/** What one run of the queue did. */
export interface SendCounts {
  sent: number
  failed: number
  retried: number
  inboxOnly: number
  /** How long each `subscribeMessage.send` took, in ms. */
  readonly sendMs: number[]
}

/** Messages taken per claim: one query, one conditional update and one read for up to this many. */
export const SEND_BATCH = 100
/** Sends in flight at once within a run. */
export const SEND_CONCURRENCY = 16
/**
 * How long a claim holds its messages. Far longer than a batch takes (a send waits 15 s at most), so
 * a live dispatcher never loses one mid-send; a crashed one's come back on their own after it.
 */
export const SEND_LEASE_MS = 120_000

/**
 * The outbox's sender. Takes due messages in batches under a lease, so two dispatchers never send the
 * same message; sends each through `subscribeMessage.send`; then settles it (sent; refused or given up,
 * its unused credit given back; not sent because the person is gone or switched the template off) or
 * puts it back for a later try after a busy WeChat, the frequency limit or no answer.
 */
export function sendQueue(deps: SendQueueDependencies) {
  /** Settles a message this batch holds and gives its credit back, in one transaction. */
  async function settleUnsent(message: NotificationDocument, owner: string, settlement: Settlement): Promise<boolean> {
    return await deps.runInTransaction(async transaction => {
      const messages = notificationsIn(transaction)
      const current = await messages.findById(message._id)
      if (current === null || current.state !== 'queued' || current.leaseOwner !== owner) return false
      await messages.settle(message._id, settlement)
      if (current.templateId !== null) await subscriptionsIn(transaction).giveBack(current.recipientUserId, current.templateKey, current.templateId, settlement.at)
      return true
    })
  }

  async function sendOne(
    message: NotificationDocument,
    owner: string,
    openids: ReadonlyMap<string, string>,
    subscriptions: ReadonlyMap<string, SubscriptionDocument>,
    counts: SendCounts,
  ): Promise<void> {
    const attempts = message.attempts + 1
    const openid = openids.get(message.recipientUserId)
    const subscription = subscriptions.get(subscriptionId(message.recipientUserId, message.templateKey))
    const base = { attempts: message.attempts, lastErrcode: message.lastErrcode, msgid: null }
    if (openid === undefined || message.templateId === null || message.wechatData === null) {
      if (await settleUnsent(message, owner, { ...base, state: 'inbox-only', reason: 'no-recipient', at: deps.now() })) counts.inboxOnly += 1
      return
    }
    if (subscription === undefined || !subscription.enabled) {
      // Switched off after the message was queued: the person no longer wants these on WeChat.
      if (await settleUnsent(message, owner, { ...base, state: 'inbox-only', reason: 'switched-off', at: deps.now() })) counts.inboxOnly += 1
      return
    }

    const started = Date.now()
    const result = await deps.send({ touser: openid, templateId: message.templateId, page: message.page, data: message.wechatData })
    counts.sendMs.push(Date.now() - started)
    const now = deps.now()
    if (result.ok) {
      const settled = await deps.notifications.settle(message._id, owner, { state: 'sent', reason: null, attempts, lastErrcode: null, msgid: result.msgid, at: now })
      if (settled) counts.sent += 1
      else deps.log.warn('notification_lease_lost', { notificationId: message._id })
      return
    }
    const next = afterFailedSend(attempts, result.errcode, now)
    deps.log.info('notification_send_failed', { notificationId: message._id, errcode: result.errcode, attempts, next: next.kind })
    if (next.kind === 'retry') {
      if (await deps.notifications.retryLater(message._id, owner, next.at, attempts, result.errcode)) counts.retried += 1
      return
    }
    if (await settleUnsent(message, owner, { state: 'failed', reason: next.reason, attempts, lastErrcode: result.errcode, msgid: null, at: now })) counts.failed += 1
  }

  /** Sends one claimed batch. */
  async function sendBatch(owner: string, counts: SendCounts): Promise<number> {
    const claimed = await deps.notifications.claimedBy(owner, SEND_BATCH)
    if (claimed.length === 0) return 0
    const [openids, subscriptions] = await Promise.all([
      deps.users.openidsOf([...new Set(claimed.map(message => message.recipientUserId))]),
      deps.subscriptions.findByIds([...new Set(claimed.map(message => subscriptionId(message.recipientUserId, message.templateKey)))]),
    ])
    const byId = new Map(subscriptions.map(subscription => [subscription._id, subscription]))
    await forEachLimited(claimed, SEND_CONCURRENCY, message => sendOne(message, owner, openids, byId, counts))
    return claimed.length
  }

  return {
    /** Works through due messages until none is due or `deadline` (epoch ms) passes; answers whether some are still due. */
    async run(deadline: number, counts: SendCounts): Promise<boolean> {
      const runId = randomUUID().replace(/-/g, '').slice(0, 16)
      for (let batch = 1; deps.now().getTime() < deadline; batch += 1) {
        const now = deps.now()
        const due = await deps.notifications.dueIds(now, SEND_BATCH)
        if (due.length === 0) return false
        const owner = `${runId}-${batch}`
        await deps.notifications.claim(due, owner, now, new Date(now.getTime() + SEND_LEASE_MS))
        await sendBatch(owner, counts)
      }
      return await deps.notifications.hasDue(deps.now())
    },
  }
}

export type SendQueue = ReturnType<typeof sendQueue>
