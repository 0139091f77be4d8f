import { EmulatorError, EmulatorErrorCode } from '../../errors'
import { compileFilter } from '../query/compile-filter'
import { matchingDocuments } from '../query/find-documents'
import type { DatabaseContext } from './database-context'
import { readQuery } from './query-params'
import { optionalString, requireString } from './request-params'

/** `database.calculateDocument` (`count()`): how many documents match. */
export function calculateDocument(context: DatabaseContext, params: Readonly<Record<string, unknown>>): { total: number } {
  const collection = context.store.collection(requireString(params, 'collectionName'))
  if (optionalString(params, 'transactionId') !== undefined) {
    throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'count() is not supported in a transaction (CloudBase transactions support document operations only)')
  }
  const filter = compileFilter(readQuery(context, params))
  if (filter.near === undefined && Object.keys(filter.criteria).length === 0) return { total: collection.size }
  let total = 0
  for (const _match of matchingDocuments(collection, filter)) total += 1
  return { total }
}
