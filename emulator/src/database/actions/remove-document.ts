import { documentIdKey } from '../document-id'
import { compileFilter } from '../query/compile-filter'
import { matchingDocuments } from '../query/find-documents'
import type { WriteOp } from '../write-op'
import type { DatabaseContext } from './database-context'
import { pinnedDocumentId, readQuery } from './query-params'
import { optionalBoolean, optionalString, requireString } from './request-params'

/** `database.removeDocument`: `where().remove()` (multi) and `doc(id).remove()`, in or out of a transaction. */
export async function removeDocument(context: DatabaseContext, params: Readonly<Record<string, unknown>>): Promise<{ deleted: number }> {
  const collectionName = requireString(params, 'collectionName')
  const query = readQuery(context, params)
  const transactionId = optionalString(params, 'transactionId')
  if (transactionId !== undefined) {
    const id = pinnedDocumentId(query)
    const key = documentIdKey(id)
    if (context.transactions.read(transactionId, collectionName, key) === null) return { deleted: 0 }
    context.transactions.write(transactionId, collectionName, id, key, null)
    return { deleted: 1 }
  }
  const collection = context.store.collection(collectionName)
  const multi = optionalBoolean(params, 'multi', false)
  const ops: WriteOp[] = []
  for (const stored of matchingDocuments(collection, compileFilter(query))) {
    ops.push({ key: stored.key, id: stored.doc._id, after: null, insert: false })
    if (!multi) break
  }
  await context.store.commit([{ collection: collectionName, ops }])
  return { deleted: ops.length }
}
