import { randomBytes } from 'node:crypto'
import { EmulatorError } from '../../errors'
import type { DatabaseStore } from '../database-store'
import { DatabaseErrorCode } from '../database-errors'
import type { DocumentId } from '../document-id'
import type { Document } from '../document'
import type { CollectionWrites, WriteOp } from '../write-op'

/** CloudBase's limit: a transaction must be committed or aborted within 30 seconds. */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 30_000

/** CloudBase's words for a write conflict (the SDK's cloud tests compare them). */
export const TRANSACTION_CONFLICT_MESSAGE =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.'

/** CloudBase's words for a transaction that is over: committed, aborted, ended by a conflict or expired. */
export const TRANSACTION_NOT_EXIST_MESSAGE =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.'

/** One document a transaction writes: its new version, or null to remove it. */
export interface TransactionWrite {
  readonly key: string
  readonly id: DocumentId
  readonly after: Document | null
}

interface TransactionState {
  readonly id: string
  readonly timer: NodeJS.Timeout
  /** Set by the first operation: from then on the transaction reads the database as it was at that moment. */
  snapshotTaken: boolean
  /** Documents committed by others since the snapshot, as they were in the snapshot (null: did not exist). */
  readonly snapshotImages: Map<string, Map<string, Document | null>>
  /** The transaction's own writes, invisible outside until commit; each holds the document's write lock. */
  readonly writes: Map<string, Map<string, WriteOp>>
  readonly ended: Promise<void>
  readonly markEnded: () => void
}

function mapOf<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  const existing = map.get(key)
  if (existing !== undefined) return existing
  const created = new Map<string, V>()
  map.set(key, created)
  return created
}

function lockKey(collection: string, key: string): string {
  return `${collection}\u0000${key}`
}

function conflict(): EmulatorError {
  return new EmulatorError(DatabaseErrorCode.TransactionConflict, TRANSACTION_CONFLICT_MESSAGE)
}

/**
 * Transactions as CloudBase's MongoDB runs them (snapshot isolation):
 * - the snapshot is taken at the transaction's first operation; every read (documents and queries)
 *   sees the database as it was then, plus the transaction's own writes, so there is no read skew;
 * - a write takes the document's write lock. Writing a document another open transaction has written,
 *   or one committed by someone else since the snapshot, fails at once with
 *   DATABASE_TRANSACTION_CONFLICT and ends the transaction (what `db.runTransaction` retries on);
 * - a write outside any transaction to a locked document waits until the transaction ends;
 * - commit applies every write at once or none; a transaction that is over (committed, aborted,
 *   ended by a conflict, or not finished within 30 s) answers CloudBase's TransactionNotExist.
 */
export class TransactionManager {
  private readonly active = new Map<string, TransactionState>()
  private readonly locks = new Map<string, string>()
  private readonly unsubscribe: () => void
  private waiting = 0

  constructor(private readonly store: DatabaseStore, private readonly timeoutMs = DEFAULT_TRANSACTION_TIMEOUT_MS) {
    this.unsubscribe = store.onCommit((replaced, origin) => {
      for (const transaction of this.active.values()) {
        if (transaction.id === origin || !transaction.snapshotTaken) continue
        for (const [collection, befores] of replaced) {
          const images = mapOf(transaction.snapshotImages, collection)
          for (const [key, before] of befores) if (!images.has(key)) images.set(key, before)
        }
      }
    })
  }

  get activeCount(): number {
    return this.active.size
  }

  /** Writes outside any transaction that are waiting for a transaction to release a document. */
  get waitingWrites(): number {
    return this.waiting
  }

  start(): string {
    const id = randomBytes(16).toString('hex')
    let markEnded: () => void = () => undefined
    const ended = new Promise<void>(resolve => { markEnded = resolve })
    const timer = setTimeout(() => {
      const transaction = this.active.get(id)
      if (transaction !== undefined) this.end(transaction)
    }, this.timeoutMs)
    timer.unref()
    this.active.set(id, { id, timer, snapshotTaken: false, snapshotImages: new Map(), writes: new Map(), ended, markEnded })
    return id
  }

  /** The document as the transaction sees it: its own write, else the snapshot's version. */
  read(transactionId: string, collection: string, key: string): Document | null {
    const transaction = this.require(transactionId)
    const stored = this.store.collection(collection).get(key)?.doc ?? null
    transaction.snapshotTaken = true
    const own = transaction.writes.get(collection)?.get(key)
    if (own !== undefined) return own.after
    const images = transaction.snapshotImages.get(collection)
    return images !== undefined && images.has(key) ? images.get(key) ?? null : stored
  }

  /** Every document of the collection as the transaction sees it, in natural order (the transaction's inserts last). */
  documents(transactionId: string, collection: string): Document[] {
    const transaction = this.require(transactionId)
    const stored = this.store.collection(collection)
    transaction.snapshotTaken = true
    const own = transaction.writes.get(collection)
    const images = transaction.snapshotImages.get(collection)
    const seen = new Set<string>()
    const view: Document[] = []
    const visible = (key: string, current: Document | null): Document | null => {
      const write = own?.get(key)
      if (write !== undefined) return write.after
      return images !== undefined && images.has(key) ? images.get(key) ?? null : current
    }
    for (const document of stored.documents()) {
      seen.add(document.key)
      const version = visible(document.key, document.doc)
      if (version !== null) view.push(version)
    }
    for (const key of new Set([...(images?.keys() ?? []), ...(own?.keys() ?? [])])) {
      if (seen.has(key)) continue
      const version = visible(key, null)
      if (version !== null) view.push(version)
    }
    return view
  }

  /**
   * Records writes in the transaction, all or none, taking their documents' write locks. A document
   * locked by another transaction, or committed by someone else since the snapshot, is a conflict:
   * the transaction ends and DATABASE_TRANSACTION_CONFLICT is thrown.
   */
  write(transactionId: string, collection: string, changes: readonly TransactionWrite[]): void {
    const transaction = this.require(transactionId)
    const befores = changes.map(change => this.read(transactionId, collection, change.key))
    this.assertWritable(transactionId, collection, changes.map(change => change.key))
    const writes = mapOf(transaction.writes, collection)
    changes.forEach((change, index) => {
      this.locks.set(lockKey(collection, change.key), transaction.id)
      const previous = writes.get(change.key)
      const existedAtSnapshot = previous === undefined ? befores[index] !== null : !previous.insert
      writes.set(change.key, { key: change.key, id: change.id, after: change.after, insert: !existedAtSnapshot })
    })
  }

  /**
   * Fails as a write to these documents would when another open transaction holds one of them or someone
   * committed one since the snapshot (taking the snapshot now if this is the first operation). An insert
   * checks this before the unique indexes: MongoDB answers an insert of an `_id` another transaction has
   * just added with a write conflict, which `runTransaction` retries, not with a duplicate key.
   */
  assertWritable(transactionId: string, collection: string, keys: readonly string[]): void {
    const transaction = this.require(transactionId)
    for (const key of keys) this.read(transactionId, collection, key)
    for (const key of keys) {
      const holder = this.locks.get(lockKey(collection, key))
      if ((holder !== undefined && holder !== transaction.id) || transaction.snapshotImages.get(collection)?.has(key) === true) {
        this.end(transaction)
        throw conflict()
      }
    }
  }

  /** Applies the transaction's writes (all or none) and ends it. Resolves once durable. */
  commit(transactionId: string): Promise<void> {
    const transaction = this.require(transactionId)
    for (const [collection, writes] of transaction.writes) {
      for (const key of writes.keys()) {
        // Only a direct write (seeding) can touch a locked document; the transaction loses, as at a write.
        if (transaction.snapshotImages.get(collection)?.has(key) === true) {
          this.end(transaction)
          throw conflict()
        }
      }
    }
    this.end(transaction)
    const batches: CollectionWrites[] = [...transaction.writes]
      .map(([collection, writes]) => ({ collection, ops: [...writes.values()].filter(op => !(op.insert && op.after === null)) }))
    return this.store.commit(batches, transaction.id)
  }

  /** Discards the transaction's writes. */
  abort(transactionId: string): void {
    this.end(this.require(transactionId))
  }

  /**
   * Commits a write from outside any transaction. `prepare` computes it synchronously from the current
   * data; while a document it would write is locked by a transaction, the write waits for that
   * transaction to end and is prepared again, as MongoDB makes such writes wait.
   */
  async writeOutside<T>(prepare: () => { readonly batches: readonly CollectionWrites[]; readonly value: T }): Promise<T> {
    for (;;) {
      const { batches, value } = prepare()
      const holder = this.lockHolder(batches)
      if (holder === undefined) {
        await this.store.commit(batches)
        return value
      }
      this.waiting += 1
      try {
        await holder.ended
      } finally {
        this.waiting -= 1
      }
    }
  }

  /** Ends every transaction (reset, shutdown). */
  close(): void {
    for (const transaction of [...this.active.values()]) this.end(transaction)
  }

  /** Stops listening to the store. */
  dispose(): void {
    this.close()
    this.unsubscribe()
  }

  private lockHolder(batches: readonly CollectionWrites[]): TransactionState | undefined {
    for (const batch of batches) {
      for (const op of batch.ops) {
        const holder = this.locks.get(lockKey(batch.collection, op.key))
        if (holder !== undefined) return this.active.get(holder)
      }
    }
    return undefined
  }

  private require(transactionId: string): TransactionState {
    const transaction = this.active.get(transactionId)
    if (transaction === undefined) throw new EmulatorError(DatabaseErrorCode.TransactionFail, TRANSACTION_NOT_EXIST_MESSAGE)
    return transaction
  }

  private end(transaction: TransactionState): void {
    clearTimeout(transaction.timer)
    this.active.delete(transaction.id)
    for (const [collection, writes] of transaction.writes) {
      for (const key of writes.keys()) {
        const lock = lockKey(collection, key)
        if (this.locks.get(lock) === transaction.id) this.locks.delete(lock)
      }
    }
    transaction.markEnded()
  }
}
