import { createHash } from 'node:crypto'
import type { SubscribeTemplateKey } from '../../../src/domain/notifications/subscribe-templates'
import type { WechatTemplateData } from '../../../src/domain/notifications/template-data'
import type { NotificationState } from '../../../src/domain/notifications/notification-state'
import type { DateKey } from '../../../src/domain/time/shanghai-time'
import type { Database } from '../cloudbase-app'
import type { Transaction } from '../transaction'
import { typedCollection, type StoredDocument } from '../typed-collection'

export const NOTIFICATIONS_COLLECTION = 'notifications'

export type { NotificationState }

/**
 * Why a message went to 消息 only: the template has no WeChat id here (`no-template`), the person has
 * no 允许 left for it (`no-credit`), turned its switch off (`switched-off`), its data could not be made
 * to fit WeChat's rules (`unsendable-data`), or the person is no longer known (`no-recipient`).
 */
export type InboxOnlyReason = 'no-template' | 'no-credit' | 'switched-off' | 'unsendable-data' | 'no-recipient'

/** Why a WeChat send was settled as failed: WeChat refused it, or it kept failing until the last attempt. */
export type FailureReason = 'refused' | 'gave-up'

/**
 * One message in the outbox. Written in the same transaction as the change that causes it (with the
 * person's 消息 entry and, when it is to be sent, one of their credits reserved); the dispatcher sends
 * it, retries it, or settles it and gives an unused credit back. Personal data: deleted with the person.
 */
export interface NotificationDocument extends StoredDocument {
  /** What made it: enqueueing the same key again makes no second message. */
  readonly dedupeKey: string
  readonly recipientUserId: string
  readonly templateKey: SubscribeTemplateKey
  /** The WeChat template id it is sent with, and the one its reserved credit was granted for; null for 消息 only. */
  readonly templateId: string | null
  readonly state: NotificationState
  readonly reason: InboxOnlyReason | FailureReason | null
  /** The fitted `data` to send; removed once settled (the person keeps the words in 消息). */
  readonly wechatData: WechatTemplateData | null
  /** The page a tap on the WeChat card opens, without the leading slash. */
  readonly page: string | null
  readonly attempts: number
  /** When it may be tried next; while a dispatcher holds it, the end of that dispatcher's lease. */
  readonly dueAt: Date
  /** The dispatcher batch holding it now, or null. */
  readonly leaseOwner: string | null
  readonly lastErrcode: number | null
  readonly msgid: string | null
  /** The Shanghai day it was made, for the staff figures. */
  readonly day: DateKey
  readonly createdAt: Date
  readonly settledAt: Date | null
}

/** A message's id follows from its dedupe key, so a second enqueue finds the first in its own transaction. */
export function notificationIdFor(dedupeKey: string): string {
  return `n${createHash('sha256').update(`notification|${dedupeKey}`).digest('hex').slice(0, 31)}`
}

/** How a settled message is written: its state and why, and the sending data dropped. */
export interface Settlement {
  readonly state: Exclude<NotificationState, 'queued'>
  readonly reason: InboxOnlyReason | FailureReason | null
  readonly attempts: number
  readonly lastErrcode: number | null
  readonly msgid: string | null
  readonly at: Date
}

function settledFields(settlement: Settlement): Record<string, unknown> {
  return {
    state: settlement.state,
    reason: settlement.reason,
    attempts: settlement.attempts,
    lastErrcode: settlement.lastErrcode,
    msgid: settlement.msgid,
    settledAt: settlement.at,
    wechatData: null,
    leaseOwner: null,
  }
}

/** One row of the staff figures as the database groups them. */
export interface NotificationCount {
  readonly day: DateKey
  readonly templateKey: SubscribeTemplateKey
  readonly state: NotificationState
  readonly count: number
}

/** Messages inside a transaction: the enqueue of a feature's change, and the settling that gives a credit back. */
export function notificationsIn(transaction: Transaction) {
  const messages = transaction.collection<NotificationDocument>(NOTIFICATIONS_COLLECTION)
  return {
    findById: (id: string) => messages.findById(id),
    insert: (message: NotificationDocument) => messages.insert(message),
    settle: (id: string, settlement: Settlement) => messages.updateById(id, settledFields(settlement)),
  }
}

/** The `notifications` collection: the outbox the dispatcher works through, and the staff figures. */
export function notificationsRepository(db: Database) {
  const messages = typedCollection<NotificationDocument>(db, NOTIFICATIONS_COLLECTION)
  const _ = db.command
  return {
    findById: (id: string) => messages.findById(id),

    /** Ids of messages due now, the longest waiting first. */
    async dueIds(now: Date, limit: number): Promise<string[]> {
      const due = await messages.find({ state: 'queued', dueAt: _.lte(now) }, { orderBy: [['dueAt', 'asc']], limit, fields: { _id: true } })
      return due.map(message => message._id)
    },

    /**
     * Takes the due ones among `ids` for one dispatcher batch, until `leaseUntil`. One conditional update:
     * a message another dispatcher took first is no longer due (its `dueAt` is that one's lease), so it
     * is not taken twice; `claimedBy` then reads what this batch got.
     */
    async claim(ids: readonly string[], owner: string, now: Date, leaseUntil: Date): Promise<void> {
      if (ids.length === 0) return
      await messages.updateWhere({ _id: _.in([...ids]), state: 'queued', dueAt: _.lte(now) }, { leaseOwner: owner, dueAt: leaseUntil })
    },

    async claimedBy(owner: string, limit: number): Promise<NotificationDocument[]> {
      return await messages.find({ leaseOwner: owner, state: 'queued' }, { limit })
    },

    /** Settles a message this batch holds; false when it no longer holds it (its lease ran out and another took it). */
    async settle(id: string, owner: string, settlement: Settlement): Promise<boolean> {
      return (await messages.updateWhere({ _id: id, leaseOwner: owner, state: 'queued' }, settledFields(settlement))) > 0
    },

    /** Puts a message this batch holds back in the queue, to be tried at `at`. */
    async retryLater(id: string, owner: string, at: Date, attempts: number, errcode: number | null): Promise<boolean> {
      return (await messages.updateWhere({ _id: id, leaseOwner: owner, state: 'queued' }, { dueAt: at, attempts, lastErrcode: errcode, leaseOwner: null })) > 0
    },

    async hasDue(now: Date): Promise<boolean> {
      return (await messages.count({ state: 'queued', dueAt: _.lte(now) })) > 0
    },

    /** Messages per day, template and state, for the days from `from` to `to`. */
    async countsByDay(from: DateKey, to: DateKey): Promise<NotificationCount[]> {
      const rows = await messages.aggregate<{ _id: { day: DateKey; templateKey: SubscribeTemplateKey; state: NotificationState }; count: number }>([
        { $match: { day: { $gte: from, $lte: to } } },
        { $group: { _id: { day: '$day', templateKey: '$templateKey', state: '$state' }, count: { $sum: 1 } } },
      ])
      return rows.map(row => ({ ...row._id, count: row.count }))
    },

    /** Forgets settled messages made before `cutoff`; the figures of those days go with them. */
    async removeSettledBefore(cutoff: Date): Promise<number> {
      return await messages.removeWhere({ createdAt: _.lt(cutoff), state: _.neq('queued') })
    },
  }
}

export type NotificationsRepository = ReturnType<typeof notificationsRepository>
