import { randomBytes } from 'node:crypto'
import { EmulatorError } from '../../errors'
import type { DatabaseStore } from '../database-store'
import { DatabaseErrorCode } from '../database-errors'
import type { DocumentId } from '../document-id'
import type { Document } from '../document'
import type { CollectionWrites, WriteOp } from '../write-op'

/** CloudBase's limit: a transaction must be committed or aborted within 30 seconds (DATABASE_TRANSACTION_FAIL). */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 30_000

interface TransactionState {
  readonly id: string
  readonly timer: NodeJS.Timeout
  /** Documents read or written, by collection: an outside write to one of them after that is a conflict if this transaction writes it. */
  readonly touched: Map<string, Set<string>>
  /** Touched documents an outside commit wrote since. */
  readonly changedOutside: Map<string, Set<string>>
  /** What the transaction saw the first time it read a document (reads repeat). */
  readonly snapshot: Map<string, Map<string, Document | null>>
  /** The transaction's own writes, invisible outside until commit. */
  readonly writes: Map<string, Map<string, WriteOp>>
}

function setOf<V>(map: Map<string, Set<V>>, key: string): Set<V> {
  const existing = map.get(key)
  if (existing !== undefined) return existing
  const created = new Set<V>()
  map.set(key, created)
  return created
}

function mapOf<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  const existing = map.get(key)
  if (existing !== undefined) return existing
  const created = new Map<string, V>()
  map.set(key, created)
  return created
}

function conflict(collection: string, key: string): EmulatorError {
  return new EmulatorError(
    DatabaseErrorCode.TransactionConflict,
    `database transaction conflict: document ${key.slice(1)} of ${collection} was written outside the transaction after the transaction read or wrote it`,
  )
}

/**
 * Transactions as CloudBase runs them: document-level reads and writes (`doc().get/set/update/remove`,
 * `add`) kept private until commit; snapshot reads; a document this transaction writes that was
 * written from outside after the transaction first read or wrote it fails with
 * DATABASE_TRANSACTION_CONFLICT (what `db.runTransaction` retries on), and the transaction ends;
 * commit applies every write at once or none.
 */
export class TransactionManager {
  private readonly active = new Map<string, TransactionState>()
  /** Transactions ended by a conflict: a later rollback succeeds, a later commit reports the conflict again. */
  private readonly endedByConflict = new Map<string, NodeJS.Timeout>()
  private readonly unsubscribe: () => void

  constructor(private readonly store: DatabaseStore, private readonly timeoutMs = DEFAULT_TRANSACTION_TIMEOUT_MS) {
    this.unsubscribe = store.onCommit((written, origin) => {
      for (const transaction of this.active.values()) {
        if (transaction.id === origin) continue
        for (const [collection, keys] of written) {
          const touched = transaction.touched.get(collection)
          if (touched === undefined) continue
          for (const key of keys) if (touched.has(key)) setOf(transaction.changedOutside, collection).add(key)
        }
      }
    })
  }

  get activeCount(): number {
    return this.active.size
  }

  start(): string {
    const id = randomBytes(16).toString('hex')
    const timer = setTimeout(() => this.active.delete(id), this.timeoutMs)
    timer.unref()
    this.active.set(id, { id, timer, touched: new Map(), changedOutside: new Map(), snapshot: new Map(), writes: new Map() })
    return id
  }

  /** The document as the transaction sees it: its own write, else what it first read, else the committed one. */
  read(transactionId: string, collection: string, key: string): Document | null {
    const transaction = this.require(transactionId)
    const written = transaction.writes.get(collection)?.get(key)
    if (written !== undefined) return written.after
    const snapshot = mapOf(transaction.snapshot, collection)
    if (snapshot.has(key)) return snapshot.get(key) ?? null
    const committed = this.store.collection(collection).get(key)?.doc ?? null
    snapshot.set(key, committed)
    setOf(transaction.touched, collection).add(key)
    return committed
  }

  /** Records a write in the transaction; a conflict ends the transaction. */
  write(transactionId: string, collection: string, id: DocumentId, key: string, after: Document | null): void {
    const transaction = this.require(transactionId)
    const before = this.read(transactionId, collection, key)
    if (transaction.changedOutside.get(collection)?.has(key) === true) {
      this.endByConflict(transaction)
      throw conflict(collection, key)
    }
    const writes = mapOf(transaction.writes, collection)
    const previous = writes.get(key)
    const existedAtStart = previous === undefined ? before !== null : !previous.insert
    if (!existedAtStart && after === null) {
      writes.delete(key)
      return
    }
    writes.set(key, { key, id, after, insert: !existedAtStart })
  }

  /**
   * Applies the transaction's writes (all or none) and ends it. Resolves once durable.
   * Fails with DATABASE_TRANSACTION_CONFLICT when a written document changed outside since the transaction touched it.
   */
  commit(transactionId: string): Promise<void> {
    const conflictTimer = this.endedByConflict.get(transactionId)
    if (conflictTimer !== undefined) throw new EmulatorError(DatabaseErrorCode.TransactionConflict, 'database transaction conflict: the transaction was ended by a conflict')
    const transaction = this.require(transactionId)
    for (const [collection, writes] of transaction.writes) {
      for (const key of writes.keys()) {
        if (transaction.changedOutside.get(collection)?.has(key) === true) {
          this.endByConflict(transaction)
          throw conflict(collection, key)
        }
      }
    }
    this.end(transaction)
    const batches: CollectionWrites[] = [...transaction.writes].map(([collection, writes]) => ({ collection, ops: [...writes.values()] }))
    return this.store.commit(batches, transaction.id)
  }

  /** Discards the transaction's writes. Aborting one a conflict already ended succeeds. */
  abort(transactionId: string): void {
    const conflictTimer = this.endedByConflict.get(transactionId)
    if (conflictTimer !== undefined) {
      clearTimeout(conflictTimer)
      this.endedByConflict.delete(transactionId)
      return
    }
    this.end(this.require(transactionId))
  }

  /** Ends every transaction (reset, shutdown). */
  close(): void {
    for (const transaction of this.active.values()) clearTimeout(transaction.timer)
    this.active.clear()
    for (const timer of this.endedByConflict.values()) clearTimeout(timer)
    this.endedByConflict.clear()
  }

  /** Stops listening to the store. */
  dispose(): void {
    this.close()
    this.unsubscribe()
  }

  private require(transactionId: string): TransactionState {
    const transaction = this.active.get(transactionId)
    if (transaction === undefined) {
      throw new EmulatorError(
        DatabaseErrorCode.TransactionFail,
        `transaction ${transactionId} does not exist: it was never started, has already been committed or aborted, or expired (a transaction must be committed or aborted within ${Math.round(this.timeoutMs / 1000)} s)`,
      )
    }
    return transaction
  }

  private end(transaction: TransactionState): void {
    clearTimeout(transaction.timer)
    this.active.delete(transaction.id)
  }

  private endByConflict(transaction: TransactionState): void {
    this.end(transaction)
    const timer = setTimeout(() => this.endedByConflict.delete(transaction.id), this.timeoutMs)
    timer.unref()
    this.endedByConflict.set(transaction.id, timer)
  }
}
