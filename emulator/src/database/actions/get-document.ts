import { encodeAnswerText } from '../../ejson/encode-ejson'
import { EmulatorError, EmulatorErrorCode } from '../../errors'
import { isPlainObject } from '../../values/plain-object'
import { documentIdKey } from '../document-id'
import type { Document } from '../document'
import { compileFilter } from '../query/compile-filter'
import { findDocuments, findInView, projectDocuments } from '../query/find-documents'
import { parseSortSpec } from '../query/sort-spec'
import type { DatabaseContext } from './database-context'
import { documentIdOf, readOptionalEjson, readQuery } from './query-params'
import { optionalNonNegativeInteger, optionalString, requireString } from './request-params'

/** CloudBase's default page size when a query sets no limit. */
export const DEFAULT_LIMIT = 100
/** CloudBase's largest page for server-side (cloud function) queries. */
export const MAX_LIMIT = 1000

/** What getDocument answers: EJSON strings, one per document, and the page it is. */
export interface DocumentPage {
  readonly list: string[]
  readonly limit: number
  readonly offset: number
}

function readLimit(params: Readonly<Record<string, unknown>>): number {
  const limit = optionalNonNegativeInteger(params, 'limit')
  if (limit === undefined || limit === 0) return DEFAULT_LIMIT
  if (limit > MAX_LIMIT) {
    throw new EmulatorError(EmulatorErrorCode.InvalidParam, `limit must be at most ${MAX_LIMIT} (CloudBase's maximum for server-side queries), got ${limit}`)
  }
  return limit
}

/**
 * `database.getDocument`: `where().orderBy().skip().limit().field().get()` and `doc(id).get()`, in or
 * out of a transaction (inside one, the transaction's snapshot and its own writes).
 */
export function getDocument(context: DatabaseContext, params: Readonly<Record<string, unknown>>): DocumentPage {
  const collectionName = requireString(params, 'collectionName')
  const query = readQuery(context, params)
  const limit = readLimit(params)
  const offset = optionalNonNegativeInteger(params, 'offset') ?? 0
  const projectionValue = readOptionalEjson(context, params, 'projection')
  if (projectionValue !== undefined && !isPlainObject(projectionValue)) throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'projection must be an EJSON object')
  const projection = projectionValue
  const orderValue = readOptionalEjson(context, params, 'order')
  const sort = orderValue === undefined ? undefined : parseSortSpec(orderValue)
  const transactionId = optionalString(params, 'transactionId')
  const collection = context.store.collection(collectionName)
  const filter = compileFilter(query)
  let documents: Document[]
  if (transactionId === undefined) {
    documents = findDocuments(collection, filter, { sort, skip: offset, limit })
  } else {
    // A doc(id).get() reads the one document; a query scans what the transaction sees.
    const id = documentIdOf(query)
    const found = id === undefined ? undefined : context.transactions.read(transactionId, collectionName, documentIdKey(id))
    documents = found === undefined
      ? findInView(collection, context.transactions.documents(transactionId, collectionName), filter, { sort, skip: offset, limit })
      : found === null || offset > 0 ? [] : [found]
  }
  return { list: projectDocuments(documents, projection).map(encodeAnswerText), limit, offset }
}
