import type { PlainObject } from '../../values/plain-object'
import { documentIdKey } from '../document-id'
import type { Document } from '../document'
import { compileFilter } from '../query/compile-filter'
import { matchesInView } from '../query/find-documents'
import type { DatabaseContext } from './database-context'
import { documentIdOf } from './query-params'

/**
 * The documents a query matches as a transaction sees them (its snapshot and its own writes): one read
 * for a `doc(id)` query, else a scan of what the transaction sees, in natural order or nearest first.
 */
export function matchInTransaction(context: DatabaseContext, transactionId: string, collectionName: string, query: PlainObject): Document[] {
  const collection = context.store.collection(collectionName)
  const id = documentIdOf(query)
  if (id !== undefined) {
    const found = context.transactions.read(transactionId, collectionName, documentIdKey(id))
    return found === null ? [] : [found]
  }
  return matchesInView(collection, context.transactions.documents(transactionId, collectionName), compileFilter(query))
}
