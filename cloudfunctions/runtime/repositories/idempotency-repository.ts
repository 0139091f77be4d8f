import type { Database } from '../cloudbase-app'
import { isDuplicateKeyError, typedCollection, type StoredDocument } from '../typed-collection'

export const IDEMPOTENCY_COLLECTION = 'idempotency_keys'

/** The answer a write gave to one requestId, replayed when the client retries it. */
export interface IdempotencyDocument extends StoredDocument {
  readonly functionName: string
  readonly action: string
  readonly data: unknown
  readonly createdAt: Date
}

export function idempotencyRepository(db: Database) {
  const keys = typedCollection<IdempotencyDocument>(db, IDEMPOTENCY_COLLECTION)
  return {
    find: (key: string) => keys.findById(key),
    /** Stores the answer; a concurrent retry that stored first wins, which is the same answer. */
    async remember(entry: IdempotencyDocument): Promise<void> {
      try {
        await keys.insert(entry)
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error
      }
    },
    async removeOlderThan(cutoff: Date): Promise<number> {
      return await keys.removeWhere({ createdAt: db.command.lt(cutoff) })
    },
  }
}

export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>
