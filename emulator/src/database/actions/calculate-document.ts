import { compileFilter } from '../query/compile-filter'
import { matchingDocuments } from '../query/find-documents'
import type { DatabaseContext } from './database-context'
import { readQuery } from './query-params'
import { optionalString, requireString } from './request-params'
import { matchInTransaction } from './transaction-matches'

/** `database.calculateDocument` (`count()`): how many documents match, in or out of a transaction. */
export function calculateDocument(context: DatabaseContext, params: Readonly<Record<string, unknown>>): { total: number } {
  const collectionName = requireString(params, 'collectionName')
  const collection = context.store.collection(collectionName)
  const query = readQuery(context, params)
  const transactionId = optionalString(params, 'transactionId')
  if (transactionId !== undefined) return { total: matchInTransaction(context, transactionId, collectionName, query).length }
  const filter = compileFilter(query)
  if (filter.near === undefined && Object.keys(filter.criteria).length === 0) return { total: collection.size }
  let total = 0
  for (const _match of matchingDocuments(collection, filter)) total += 1
  return { total }
}
