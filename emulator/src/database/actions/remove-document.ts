import { documentIdKey } from '../document-id'
import { compileFilter } from '../query/compile-filter'
import { matchingDocuments } from '../query/find-documents'
import type { WriteOp } from '../write-op'
import type { DatabaseContext } from './database-context'
import { readQuery } from './query-params'
import { optionalBoolean, optionalString, requireString } from './request-params'
import { matchInTransaction } from './transaction-matches'

/** `database.removeDocument`: `where().remove()` (multi) and `doc(id).remove()`, in or out of a transaction. */
export async function removeDocument(context: DatabaseContext, params: Readonly<Record<string, unknown>>): Promise<{ deleted: number }> {
  const collectionName = requireString(params, 'collectionName')
  const query = readQuery(context, params)
  const multi = optionalBoolean(params, 'multi', false)
  const transactionId = optionalString(params, 'transactionId')
  if (transactionId !== undefined) {
    const all = matchInTransaction(context, transactionId, collectionName, query)
    const removed = multi ? all : all.slice(0, 1)
    context.transactions.write(transactionId, collectionName, removed.map(doc => ({ key: documentIdKey(doc._id), id: doc._id, after: null })))
    return { deleted: removed.length }
  }
  return context.transactions.writeOutside(() => {
    const collection = context.store.collection(collectionName)
    const ops: WriteOp[] = []
    for (const stored of matchingDocuments(collection, compileFilter(query))) {
      ops.push({ key: stored.key, id: stored.doc._id, after: null, insert: false })
      if (!multi) break
    }
    return { batches: [{ collection: collectionName, ops }], value: { deleted: ops.length } }
  })
}
