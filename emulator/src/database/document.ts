import type { PlainObject } from '../values/plain-object'
import type { DocumentId } from './document-id'

/** A stored document: a plain object whose `_id` is a DocumentId. Stored documents are never mutated: a write replaces them. */
export type Document = PlainObject & { readonly _id: DocumentId }

/** One document in a collection, with what the emulator keeps beside it. */
export interface StoredDocument {
  /** Insertion order: natural order, and the handle index postings hold. */
  readonly slot: number
  /** `documentIdKey(doc._id)`. */
  readonly key: string
  readonly doc: Document
}
