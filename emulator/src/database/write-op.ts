import type { DocumentId } from './document-id'
import type { Document } from './document'

/** One document write inside a commit: the new version of a document, or its removal. */
export interface WriteOp {
  /** `documentIdKey` of the document. */
  readonly key: string
  readonly id: DocumentId
  /** The whole new document, or null to remove it. */
  readonly after: Document | null
  /** An insert: fails with a duplicate-key error if the `_id` exists. */
  readonly insert: boolean
}

/** The writes of one commit to one collection. */
export interface CollectionWrites {
  readonly collection: string
  readonly ops: readonly WriteOp[]
}
