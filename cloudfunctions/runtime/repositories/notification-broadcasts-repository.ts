import { createHash } from 'node:crypto'
import type { SubscribeTemplateKey } from '../../../src/domain/notifications/subscribe-templates'
import type { Database } from '../cloudbase-app'
import type { Transaction } from '../transaction'
import { typedCollection, type StoredDocument } from '../typed-collection'

export const BROADCASTS_COLLECTION = 'notification_broadcasts'

/**
 * One message for everyone who switched a template on (a new bulletin for all who want its notice).
 * The feature writes it in its own transaction; the dispatcher then makes one personal message per
 * subscriber, page by page, remembering how far it got (`cursor`), so a run that stops half way is
 * continued, and personal dedupe keys make a repeated page harmless.
 */
export interface BroadcastDocument extends StoredDocument {
  readonly dedupeKey: string
  readonly templateKey: SubscribeTemplateKey
  readonly values: Readonly<Record<string, string>>
  readonly page: string | null
  readonly state: 'fanning-out' | 'done'
  /** The last subscription fanned out to (they are taken in `_id` order), or null before the first. */
  readonly cursor: string | null
  readonly fannedOut: number
  /** When a dispatcher may take it up; while one holds it, the end of that one's lease. */
  readonly dueAt: Date
  readonly leaseOwner: string | null
  readonly createdAt: Date
  readonly finishedAt: Date | null
}

export function broadcastIdFor(dedupeKey: string): string {
  return `b${createHash('sha256').update(`broadcast|${dedupeKey}`).digest('hex').slice(0, 31)}`
}

export function broadcastsIn(transaction: Transaction) {
  const broadcasts = transaction.collection<BroadcastDocument>(BROADCASTS_COLLECTION)
  return {
    findById: (id: string) => broadcasts.findById(id),
    insert: (broadcast: BroadcastDocument) => broadcasts.insert(broadcast),
  }
}

/** The `notification_broadcasts` collection. */
export function broadcastsRepository(db: Database) {
  const broadcasts = typedCollection<BroadcastDocument>(db, BROADCASTS_COLLECTION)
  const _ = db.command
  return {
    async dueIds(now: Date, limit: number): Promise<string[]> {
      const due = await broadcasts.find({ state: 'fanning-out', dueAt: _.lte(now) }, { orderBy: [['dueAt', 'asc']], limit, fields: { _id: true } })
      return due.map(broadcast => broadcast._id)
    },
    /** Takes a due broadcast until `leaseUntil`; null when another dispatcher has it. */
    async claim(id: string, owner: string, now: Date, leaseUntil: Date): Promise<BroadcastDocument | null> {
      await broadcasts.updateWhere({ _id: id, state: 'fanning-out', dueAt: _.lte(now) }, { leaseOwner: owner, dueAt: leaseUntil })
      const claimed = await broadcasts.findById(id)
      return claimed !== null && claimed.leaseOwner === owner && claimed.state === 'fanning-out' ? claimed : null
    },
    /** Records a page fanned out and extends the lease; false when the lease was lost. */
    async advance(id: string, owner: string, cursor: string, count: number, leaseUntil: Date): Promise<boolean> {
      return (await broadcasts.updateWhere({ _id: id, leaseOwner: owner }, { cursor, fannedOut: _.inc(count), dueAt: leaseUntil })) > 0
    },
    /** Lets go of a broadcast before its lease ends, for the next run to continue at once. */
    async release(id: string, owner: string, now: Date): Promise<void> {
      await broadcasts.updateWhere({ _id: id, leaseOwner: owner }, { leaseOwner: null, dueAt: now })
    },
    async finish(id: string, owner: string, at: Date): Promise<boolean> {
      return (await broadcasts.updateWhere({ _id: id, leaseOwner: owner }, { state: 'done', leaseOwner: null, finishedAt: at })) > 0
    },
  }
}

export type BroadcastsRepository = ReturnType<typeof broadcastsRepository>
