import type { Database } from '../cloudbase-app'
import type { Transaction } from '../transaction'
import { typedCollection, type StoredDocument } from '../typed-collection'

export const IDEMPOTENCY_COLLECTION = 'idempotency_keys'

/** The answer a write gave to one requestId, replayed when the client retries it. */
export interface IdempotencyDocument extends StoredDocument {
  readonly functionName: string
  readonly action: string
  /** Who asked, so their replay answers (which may hold their words) go with their data. Null for timers. */
  readonly userId: string | null
  readonly data: unknown
  readonly createdAt: Date
}

/**
 * Replay records are read and written in the transaction of the change they answer for: the change,
 * its audit entry and its replay record exist together or not at all, so a retry after any crash
 * either replays the first answer or applies the change for the first time.
 */
export function idempotencyIn(transaction: Transaction) {
  const keys = transaction.collection<IdempotencyDocument>(IDEMPOTENCY_COLLECTION)
  return {
    find: (key: string) => keys.findById(key),
    /** A concurrent retry that stored first makes this transaction conflict and try again, then replay. */
    remember: (entry: IdempotencyDocument) => keys.insert(entry),
  }
}

export function idempotencyRepository(db: Database) {
  const keys = typedCollection<IdempotencyDocument>(db, IDEMPOTENCY_COLLECTION)
  return {
    async removeOlderThan(cutoff: Date): Promise<number> {
      return await keys.removeWhere({ createdAt: db.command.lt(cutoff) })
    },
  }
}

export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>
