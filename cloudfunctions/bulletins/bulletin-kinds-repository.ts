import { sortBulletinKinds, type BulletinKind } from '../../src/domain/bulletins/bulletin-kinds'
import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { typedCollection, type StoredDocument } from '../runtime/typed-collection'

export const BULLETIN_KINDS_COLLECTION = 'bulletin_kinds'

/** A kind as stored: its key is also its `_id`, so a kind cannot exist twice. */
export interface BulletinKindDocument extends StoredDocument, BulletinKind {
  readonly updatedAt: Date
}

/** Kinds are few (a handful); one read returns them all. */
const MAX_KINDS = 100

/** The `bulletin_kinds` collection. */
export function bulletinKindsRepository(db: Database) {
  const kinds = typedCollection<BulletinKindDocument>(db, BULLETIN_KINDS_COLLECTION)
  return {
    async list(): Promise<BulletinKind[]> {
      const stored = await kinds.find({}, { orderBy: [['order', 'asc']], limit: MAX_KINDS })
      return sortBulletinKinds(stored.map(({ key, label, order }) => ({ key, label, order })))
    },
    async exists(key: string): Promise<boolean> {
      return (await kinds.findById(key)) !== null
    },
    /** Creates the kind or changes its label and order. */
    async save(kind: BulletinKind, now: Date): Promise<void> {
      await kinds.replace({ _id: kind.key, key: kind.key, label: kind.label, order: kind.order, updatedAt: now })
    },
    /** Saving a kind inside a transaction, audited with it. */
    in(transaction: Transaction) {
      const inTransaction = transaction.collection<BulletinKindDocument>(BULLETIN_KINDS_COLLECTION)
      return {
        async save(kind: BulletinKind, now: Date): Promise<void> {
          await inTransaction.replace({ _id: kind.key, key: kind.key, label: kind.label, order: kind.order, updatedAt: now })
        },
      }
    },
    /** Creates the kind unless it exists (seeding); true when it was created. */
    async addIfMissing(kind: BulletinKind, now: Date): Promise<boolean> {
      if (await this.exists(kind.key)) return false
      await this.save(kind, now)
      return true
    },
  }
}

export type BulletinKindsRepository = ReturnType<typeof bulletinKindsRepository>
