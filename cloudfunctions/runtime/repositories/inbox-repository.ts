import type { InboxLine } from '../../../src/domain/contracts/notify'
import type { SubscribeTemplateKey } from '../../../src/domain/notifications/subscribe-templates'
import type { Database } from '../cloudbase-app'
import type { Transaction } from '../transaction'
import { typedCollection, type StoredDocument } from '../typed-collection'

export const INBOX_COLLECTION = 'inbox'

/**
 * One message in a person's 消息. Every message is put here in the transaction that makes it, whether
 * WeChat will carry it or not, so nothing a person should know depends on WeChat. Same `_id` as its
 * outbox entry. Personal data: deleted with the person.
 */
export interface InboxDocument extends StoredDocument {
  readonly userId: string
  readonly templateKey: SubscribeTemplateKey
  readonly title: string
  /** The template's fields in words, with their whole values (WeChat gets them cut to its limits). */
  readonly lines: readonly InboxLine[]
  /** The page a tap opens, without the leading slash, or null. */
  readonly page: string | null
  readonly createdAt: Date
  readonly readAt: Date | null
}

/** 消息 entries inside the transaction of the change that causes them. */
export function inboxIn(transaction: Transaction) {
  const entries = transaction.collection<InboxDocument>(INBOX_COLLECTION)
  return {
    insert: (entry: InboxDocument) => entries.insert(entry),
  }
}

/** The `inbox` collection: each person's own messages. */
export function inboxRepository(db: Database) {
  const entries = typedCollection<InboxDocument>(db, INBOX_COLLECTION)
  const _ = db.command
  return {
    /** The person's messages, newest first. */
    async list(userId: string, skip: number, limit: number): Promise<InboxDocument[]> {
      return await entries.find({ userId }, { orderBy: [['createdAt', 'desc'], ['_id', 'desc']], skip, limit })
    },
    async countUnread(userId: string): Promise<number> {
      return await entries.count({ userId, readAt: null })
    },
    /** Whether the person has this message (someone else's is as good as missing). */
    async owns(userId: string, id: string): Promise<boolean> {
      return (await entries.count({ _id: id, userId })) > 0
    },
    /** Marks one of the person's messages read; nothing changes when it already is. */
    async markRead(userId: string, id: string, at: Date): Promise<void> {
      await entries.updateWhere({ _id: id, userId, readAt: null }, { readAt: at })
    },
    async markAllRead(userId: string, at: Date): Promise<void> {
      await entries.updateWhere({ userId, readAt: null }, { readAt: at })
    },
    /** Forgets messages older than `cutoff`, read or not. */
    async removeOlderThan(cutoff: Date): Promise<number> {
      return await entries.removeWhere({ createdAt: _.lt(cutoff) })
    },
  }
}

export type InboxRepository = ReturnType<typeof inboxRepository>
