import { CommonErrorCode } from '../../src/domain/contracts/error-codes'
import { AppError } from './app-error'
import type { Database } from './cloudbase-app'
import { isDuplicateKeyError, type StoredDocument, type Update } from './typed-collection'

type SdkTransaction = Awaited<ReturnType<Database['startTransaction']>>

/**
 * One collection inside a transaction. CloudBase runs only document operations in a transaction
 * (`doc(id).get/set/update/remove` and `add`); a `where()` query would silently run outside it, so
 * none is offered here. A conditional write is a read of the document followed by its write: the
 * database refuses the commit if the document changed in between.
 */
export interface TransactionalCollection<T extends StoredDocument> {
  readonly name: string
  /** The document as this transaction sees it (its own writes included). */
  findById(id: string): Promise<T | null>
  /** Adds the document; a duplicate `_id` fails the transaction with a duplicate-key error. */
  insert(document: T): Promise<void>
  /** Replaces (or creates) the whole document. */
  replace(document: T): Promise<void>
  /** Applies an update (plain fields or update commands) to an existing document. */
  updateById(id: string, update: Update): Promise<void>
  removeById(id: string): Promise<void>
}

/** A change and everything that goes with it, written all together or not at all. */
export interface Transaction {
  collection<T extends StoredDocument>(name: string): TransactionalCollection<T>
  /**
   * What to answer when the commit is refused for a duplicate key (a unique index the change would
   * break), instead of an unexpected error.
   */
  refuseDuplicateWith(refusal: AppError): void
}

/**
 * For work that finds its own request already committed by a concurrent attempt (a retry sent while the
 * first was still running): thrown, it makes `runInTransaction` start again as after a conflict, and the
 * new attempt's replay lookup finds the first attempt's answer.
 */
export class ConcurrentAttemptCommitted extends Error {
  readonly code = 'DATABASE_TRANSACTION_CONFLICT'
  constructor() {
    super('a concurrent attempt of this request committed first')
    this.name = 'ConcurrentAttemptCommitted'
  }
}

/** How often a transaction is tried again after another write got to one of its documents first. */
const ATTEMPTS = 4

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isConflict(error: unknown): boolean {
  return isRecord(error) && error.code === 'DATABASE_TRANSACTION_CONFLICT'
}

function transactionalCollection<T extends StoredDocument>(transaction: SdkTransaction, name: string): TransactionalCollection<T> {
  const collection = () => transaction.collection(name)
  return {
    name,
    async findById(id) {
      const answer: unknown = await collection().doc(id).get()
      const data = isRecord(answer) ? answer.data : undefined
      // In a transaction the SDK answers one document (or null), not a list.
      if (Array.isArray(data)) return (data[0] as T | undefined) ?? null
      return isRecord(data) ? (data as unknown as T) : null
    },
    async insert(document) {
      await collection().add(document)
    },
    async replace(document) {
      const { _id, ...rest } = document
      await collection().doc(_id).set(rest)
    },
    async updateById(id, update) {
      await collection().doc(id).update(update)
    },
    async removeById(id) {
      await collection().doc(id).remove()
    },
  }
}

async function rollBackQuietly(transaction: SdkTransaction): Promise<void> {
  try {
    await transaction.rollback(undefined)
  } catch {
    // Already ended (a conflict or a refused commit ends it); nothing is left to undo.
  }
}

/**
 * Runs `work` in one database transaction and commits it. Tried again from the start when another
 * write changed one of its documents first (DATABASE_TRANSACTION_CONFLICT, as `db.runTransaction` does);
 * anything `work` throws rolls everything back and is rethrown. A commit refused for a duplicate key
 * answers with the refusal `work` registered, if any.
 */
export async function runInTransaction<T>(db: Database, work: (transaction: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const transaction = await db.startTransaction()
    let duplicateRefusal: AppError | null = null
    const scope: Transaction = {
      collection: name => transactionalCollection(transaction, name),
      refuseDuplicateWith: refusal => {
        duplicateRefusal = refusal
      },
    }
    try {
      const result = await work(scope)
      await transaction.commit()
      return result
    } catch (error) {
      await rollBackQuietly(transaction)
      if (isConflict(error) && attempt < ATTEMPTS) continue
      if (isDuplicateKeyError(error) && duplicateRefusal !== null) throw duplicateRefusal
      if (isConflict(error)) throw new AppError(CommonErrorCode.Conflict, '内容刚被别人改过，请刷新后再试')
      throw error
    }
  }
}
