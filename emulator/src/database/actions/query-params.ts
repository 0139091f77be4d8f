import { decodeEjsonObject, decodeEjsonText } from '../../ejson/decode-ejson'
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
 * The `_id` a query selects when it is `{ _id }` (or `{ _id: { $eq } }`) and nothing else: what
 * `doc(id)` sends. Such a query is answered by reading the one document instead of scanning.
 */
export function documentIdOf(query: PlainObject): DocumentId | undefined {
  const keys = Object.keys(query)
  const condition = query._id
  const id = isPlainObject(condition) && Object.keys(condition).length === 1 && '$eq' in condition ? condition.$eq : condition
  return keys.length === 1 && isDocumentId(id) ? id : undefined
}
