import { decodeEjsonObject, decodeEjsonText } from '../../ejson/decode-ejson'
import { EmulatorError, EmulatorErrorCode } from '../../errors'
import { isPlainObject, type PlainObject } from '../../values/plain-object'
import { isDocumentId, type DocumentId } from '../document-id'
import type { DatabaseContext } from './database-context'
import { optionalString } from './request-params'

type Params = Readonly<Record<string, unknown>>

/** The request's `query` (an EJSON string), decoded; no query selects every document. */
export function readQuery(context: DatabaseContext, params: Params): PlainObject {
  const text = optionalString(params, 'query')
  return text === undefined ? {} : decodeEjsonObject(text, { now: context.now() }, 'query')
}

/** An optional EJSON parameter (`projection`, `order`), decoded. */
export function readOptionalEjson(context: DatabaseContext, params: Params, name: string): unknown {
  const text = optionalString(params, name)
  return text === undefined ? undefined : decodeEjsonText(text, { now: context.now() }, name)
}

/**
 * The one document a transactional operation addresses. CloudBase transactions support document
 * operations only (`doc(id).get/set/update/remove`, `add`), so the query must be `{ _id }` alone.
 */
export function pinnedDocumentId(query: PlainObject): DocumentId {
  const keys = Object.keys(query)
  const condition = query._id
  const id = isPlainObject(condition) && Object.keys(condition).length === 1 && '$eq' in condition ? condition.$eq : condition
  if (keys.length !== 1 || !isDocumentId(id)) {
    throw new EmulatorError(
      EmulatorErrorCode.InvalidParam,
      'in a transaction CloudBase supports document operations only (doc(id).get/set/update/remove and add); this query does not select one document by _id',
    )
  }
  return id
}
