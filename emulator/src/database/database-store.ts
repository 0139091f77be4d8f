import { EmulatorError, EmulatorErrorCode } from '../errors'
import { Collection } from './collection'
import { collectionNotExist, DatabaseErrorCode } from './database-errors'
import { documentIdKey } from './document-id'
import type { Document } from './document'
import type { IndexSpec } from './index/index-spec'
import { IN_MEMORY_JOURNAL, type Journal, type JournalOp, type JournalRecord } from './journal'
import type { CollectionWrites } from './write-op'

/**
 * Told about every applied commit: the documents it wrote, by collection and key, each with the version
 * it replaced (null when the document did not exist), and who wrote them (a transaction id, or none).
 */
export type CommitListener = (replaced: ReadonlyMap<string, ReadonlyMap<string, Document | null>>, origin: string | undefined) => void

const COLLECTION_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/

/**
 * All collections of the emulated environment. Every write goes through `commit`, which checks and
 * applies a batch synchronously (nothing can interleave between the check and the write: the
 * server is one Node process) and then waits for the journal to make it durable.
 */
export class DatabaseStore {
  private readonly collections = new Map<string, Collection>()
  private readonly listeners = new Set<CommitListener>()
  private sequenceNumber = 0
  journal: Journal = IN_MEMORY_JOURNAL

  /** @param declaredIndexes indexes from the database config, attached whenever the collection exists. */
  constructor(private readonly declaredIndexes: ReadonlyMap<string, readonly IndexSpec[]> = new Map()) {}

  /** Sequence number of the last commit. */
  get sequence(): number {
    return this.sequenceNumber
  }

  has(name: string): boolean {
    return this.collections.has(name)
  }

  names(): string[] {
    return [...this.collections.keys()].sort()
  }

  /** The collection, or CloudBase's DATABASE_COLLECTION_NOT_EXIST. */
  collection(name: string): Collection {
    const collection = this.collections.get(name)
    if (collection === undefined) throw collectionNotExist()
    return collection
  }

  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Creates a collection (DATABASE_COLLECTION_ALREADY_EXIST if it exists); resolves once durable. */
  createCollection(name: string): Promise<void> {
    if (!COLLECTION_NAME.test(name)) {
      throw new EmulatorError(EmulatorErrorCode.InvalidParam, `"${name}" is not a valid collection name (letters, digits, _ and -, starting with a letter or _)`)
    }
    if (this.collections.has(name)) {
      throw new EmulatorError(DatabaseErrorCode.CollectionAlreadyExist, `collection "${name}" already exists`)
    }
    this.collections.set(name, new Collection(name, this.declaredIndexes.get(name)))
    return this.record([{ type: 'create', collection: name }])
  }

  /** Creates every declared collection that is missing; resolves once durable. */
  ensureDeclaredCollections(): Promise<void> {
    const missing = [...this.declaredIndexes.keys()].filter(name => !this.collections.has(name))
    for (const name of missing) this.collections.set(name, new Collection(name, this.declaredIndexes.get(name)))
    if (missing.length === 0) return Promise.resolve()
    return this.record(missing.map(name => ({ type: 'create', collection: name })))
  }

  /**
   * Checks every write of the batch (across collections) and applies all of them or none.
   * Returns a promise that resolves once the batch is durable; the writes are visible at once.
   */
  commit(batches: readonly CollectionWrites[], origin?: string): Promise<void> {
    const resolved = batches.map(batch => ({ collection: this.collection(batch.collection), ops: batch.ops }))
    for (const { collection, ops } of resolved) collection.check(ops)
    const journalOps: JournalOp[] = []
    const replaced = new Map<string, Map<string, Document | null>>()
    for (const { collection, ops } of resolved) {
      if (ops.length === 0) continue
      const befores = replaced.get(collection.name) ?? new Map<string, Document | null>()
      replaced.set(collection.name, befores)
      for (const op of ops) if (!befores.has(op.key)) befores.set(op.key, collection.get(op.key)?.doc ?? null)
      collection.apply(ops)
      for (const op of ops) {
        journalOps.push(op.after === null
          ? { type: 'delete', collection: collection.name, id: op.id }
          : { type: 'put', collection: collection.name, doc: op.after })
      }
    }
    if (journalOps.length === 0) return Promise.resolve()
    for (const listener of this.listeners) listener(replaced, origin)
    return this.record(journalOps)
  }

  /** Drops every collection and recreates the declared ones, empty; resolves once durable. */
  reset(): Promise<void> {
    const dropped = new Map<string, Map<string, Document | null>>()
    for (const collection of this.collections.values()) {
      dropped.set(collection.name, new Map([...collection.documents()].map(stored => [stored.key, stored.doc])))
    }
    this.collections.clear()
    for (const name of this.declaredIndexes.keys()) this.collections.set(name, new Collection(name, this.declaredIndexes.get(name)))
    for (const listener of this.listeners) listener(dropped, undefined)
    return this.record([{ type: 'reset' }, ...[...this.declaredIndexes.keys()].map((name): JournalOp => ({ type: 'create', collection: name }))])
  }

  /**
   * After recovery: builds the declared indexes over the recovered documents (replay runs without
   * them, for speed); fails loudly if the data violates a unique or 2dsphere index.
   */
  attachDeclaredIndexes(): void {
    for (const collection of this.collections.values()) collection.setIndexes(this.declaredIndexes.get(collection.name) ?? [])
  }

  /** Re-applies a journal record while recovering: no checks, no journaling, no indexes (see attachDeclaredIndexes). */
  replay(record: JournalRecord): void {
    for (const op of record.ops) {
      switch (op.type) {
        case 'reset':
          this.collections.clear()
          break
        case 'create':
          if (!this.collections.has(op.collection)) this.collections.set(op.collection, new Collection(op.collection))
          break
        case 'put':
        case 'delete': {
          const collection = this.collection(op.collection)
          const id = op.type === 'put' ? op.doc._id : op.id
          const after: Document | null = op.type === 'put' ? op.doc : null
          collection.apply([{ key: documentIdKey(id), id, after, insert: false }])
          break
        }
      }
    }
    this.sequenceNumber = Math.max(this.sequenceNumber, record.sequence)
  }

  private record(ops: readonly JournalOp[]): Promise<void> {
    this.sequenceNumber += 1
    return this.journal.append({ sequence: this.sequenceNumber, ops })
  }
}
