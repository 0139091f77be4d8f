import type { EmulatorError } from '../errors'
import { isPlainObject } from '../values/plain-object'
import { duplicateKeyError, requestFailed } from './database-errors'
import type { Document, StoredDocument } from './document'
import { valueAtPath } from './field-path'
import { GeoFieldIndex } from './index/geo-field-index'
import type { IndexSpec } from './index/index-spec'
import { ValueIndex } from './index/value-index'
import type { WriteOp } from './write-op'

function duplicateKey(collection: string, index: string, fields: readonly string[], document: Document): EmulatorError {
  return duplicateKeyError(collection, index, fields.map(path => [path, valueAtPath(document, path)]))
}

/** MongoDB's limit on the nesting of a stored document: each object and array is a level, the document itself the first. */
export const MAX_STORED_NESTING = 100

/**
 * MongoDB refuses stored field names that start with `$` (they would read as operators) and documents
 * nested deeper than 100 levels (an insert, or an update that would make one).
 */
function checkStoredValue(value: unknown, op: WriteOp, depth: number): void {
  if (!Array.isArray(value) && !isPlainObject(value)) return
  if (depth > MAX_STORED_NESTING) {
    throw requestFailed(op.insert
      ? `cannot insert document because it exceeds ${MAX_STORED_NESTING} levels of nesting`
      : `cannot update document ${JSON.stringify(String(op.id))}: the result would exceed ${MAX_STORED_NESTING} levels of nesting`)
  }
  if (Array.isArray(value)) {
    for (const item of value) checkStoredValue(item, op, depth + 1)
    return
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('$')) throw requestFailed(`Document can't have $ prefixed field names: ${key} (document ${JSON.stringify(String(op.id))})`)
    checkStoredValue(item, op, depth + 1)
  }
}

/**
 * One collection: its documents in natural (insertion) order and its indexes. Writes arrive as whole
 * batches that are checked first (duplicate `_id`, unique indexes, geo keys) and applied only when
 * every one of them passes, so a refused write changes nothing.
 */
export class Collection {
  private readonly byKey = new Map<string, StoredDocument>()
  private readonly bySlot = new Map<number, StoredDocument>()
  private valueIndexList: ValueIndex[] = []
  private geoIndexList: GeoFieldIndex[] = []
  private nextSlot = 1

  constructor(readonly name: string, indexes: readonly IndexSpec[] = []) {
    this.setIndexes(indexes)
  }

  get size(): number {
    return this.byKey.size
  }

  get valueIndexes(): readonly ValueIndex[] {
    return this.valueIndexList
  }

  get geoIndexes(): readonly GeoFieldIndex[] {
    return this.geoIndexList
  }

  /** The declared indexes (the `_id` index is implicit). */
  get indexSpecs(): IndexSpec[] {
    return [...this.valueIndexList.map(index => index.spec), ...this.geoIndexList.map(index => index.spec)]
  }

  get(key: string): StoredDocument | undefined {
    return this.byKey.get(key)
  }

  getBySlot(slot: number): StoredDocument | undefined {
    return this.bySlot.get(slot)
  }

  /** Every document in natural order. */
  documents(): IterableIterator<StoredDocument> {
    return this.byKey.values()
  }

  /**
   * Replaces the indexes and rebuilds them from the documents. Fails (changing nothing) when the
   * documents violate a new unique index or a 2dsphere index.
   */
  setIndexes(specs: readonly IndexSpec[]): void {
    const names = new Set<string>()
    for (const spec of specs) {
      if (names.has(spec.name)) throw new Error(`collection ${this.name} declares index ${spec.name} twice`)
      names.add(spec.name)
    }
    const valueIndexes = specs.flatMap(spec => spec.kind === 'value' ? [new ValueIndex(spec)] : [])
    const geoIndexes = specs.flatMap(spec => spec.kind === '2dsphere' ? [new GeoFieldIndex(spec)] : [])
    for (const stored of this.byKey.values()) {
      for (const index of geoIndexes) {
        index.check(stored.doc)
        index.add(stored.key, stored.doc)
      }
      for (const index of valueIndexes) {
        if (index.spec.unique) {
          for (const key of index.fullKeys(stored.doc)) {
            if (index.lookupFull(key).length > 0) throw duplicateKey(this.name, index.spec.name, index.spec.fields.map(field => field.path), stored.doc)
          }
        }
        index.add(stored.slot, stored.doc)
      }
    }
    this.valueIndexList = valueIndexes
    this.geoIndexList = geoIndexes
  }

  /** Throws the error CloudBase would answer if these writes were applied; changes nothing. */
  check(ops: readonly WriteOp[]): void {
    const released = new Set<number>()
    const seen = new Set<string>()
    for (const op of ops) {
      if (seen.has(op.key)) throw new Error(`one commit writes document ${op.key} of ${this.name} twice`)
      seen.add(op.key)
      const before = this.byKey.get(op.key)
      if (before !== undefined) {
        if (op.insert && op.after !== null) throw duplicateKey(this.name, '_id_', ['_id'], op.after)
        released.add(before.slot)
      }
    }
    for (const op of ops) if (op.after !== null) checkStoredValue(op.after, op, 1)
    const afters = ops.flatMap(op => op.after === null ? [] : [op.after])
    for (const index of this.geoIndexList) for (const after of afters) index.check(after)
    for (const index of this.valueIndexList) {
      if (!index.spec.unique && index.width === 1) continue
      const claimed = new Map<string, string>()
      for (const op of ops) {
        if (op.after === null) continue
        for (const key of index.fullKeys(op.after)) {
          if (!index.spec.unique) continue
          const owner = claimed.get(key)
          const heldElsewhere = index.lookupFull(key).some(slot => !released.has(slot))
          if ((owner !== undefined && owner !== op.key) || heldElsewhere) {
            throw duplicateKey(this.name, index.spec.name, index.spec.fields.map(field => field.path), op.after)
          }
          claimed.set(key, op.key)
        }
      }
    }
  }

  /** Applies writes that `check` accepted. */
  apply(ops: readonly WriteOp[]): void {
    for (const op of ops) {
      const before = this.byKey.get(op.key)
      if (before !== undefined) {
        for (const index of this.valueIndexList) index.remove(before.slot, before.doc)
        for (const index of this.geoIndexList) index.remove(before.key)
        this.bySlot.delete(before.slot)
      }
      if (op.after === null) {
        this.byKey.delete(op.key)
        continue
      }
      const stored: StoredDocument = { slot: before?.slot ?? this.nextSlot++, key: op.key, doc: op.after }
      this.byKey.set(op.key, stored)
      this.bySlot.set(stored.slot, stored)
      for (const index of this.valueIndexList) index.add(stored.slot, stored.doc)
      for (const index of this.geoIndexList) index.add(stored.key, stored.doc)
    }
  }

  /** Drops every document (the collection and its indexes stay). */
  clear(): void {
    this.byKey.clear()
    this.bySlot.clear()
    for (const index of this.valueIndexList) index.clear()
    for (const index of this.geoIndexList) index.clear()
  }
}
