import type { DocumentId } from './document-id'
import type { Document } from './document'

/** One change in a journal record. */
export type JournalOp =
  | { readonly type: 'create'; readonly collection: string }
  | { readonly type: 'put'; readonly collection: string; readonly doc: Document }
  | { readonly type: 'delete'; readonly collection: string; readonly id: DocumentId }
  /** Drops every collection (`reset`); the creates that follow rebuild the declared ones. */
  | { readonly type: 'reset' }

/** Everything one acknowledged write changed, applied together or not at all on replay. */
export interface JournalRecord {
  readonly sequence: number
  readonly ops: readonly JournalOp[]
}

/** Where committed writes go to become durable before the emulator acknowledges them. */
export interface Journal {
  /** Resolves once the record would survive the process being killed. */
  append(record: JournalRecord): Promise<void>
}

/** The in-memory mode's journal: nothing to wait for. */
export const IN_MEMORY_JOURNAL: Journal = {
  append: () => Promise.resolve(),
}
