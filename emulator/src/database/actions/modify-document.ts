import { decodeEjsonObject } from '../../ejson/decode-ejson'
import { encodeAnswerValue } from '../../ejson/encode-ejson'
import type { PlainObject } from '../../values/plain-object'
import { documentIdKey } from '../document-id'
import type { Document } from '../document'
import { generateDocumentId } from '../generate-document-id'
import { compileFilter } from '../query/compile-filter'
import { matchingDocuments } from '../query/find-documents'
import { applyUpdate, buildUpsertDocument } from '../update/apply-update'
import { readUpdateSpec, type UpdateSpec } from '../update/update-spec'
import type { WriteOp } from '../write-op'
import type { DatabaseContext } from './database-context'
import { readQuery } from './query-params'
import { optionalBoolean, optionalString, requireString } from './request-params'
import { matchInTransaction } from './transaction-matches'

/** What a modify request did: documents matched and changed, and the `_id` an upsert inserted (as answered). */
export interface ModifyResult {
  readonly matched: number
  readonly modified: number
  readonly upsertId?: unknown
}

/** The parts of a modify request every variant needs. */
export interface ModifyRequest {
  readonly collectionName: string
  readonly query: PlainObject
  readonly spec: UpdateSpec
  readonly upsert: boolean
  readonly transactionId: string | undefined
}

/** A modify request's outcome and the new version of each matched (or upserted) document. */
export interface ModifyOutcome {
  readonly result: ModifyResult
  readonly docs: Document[]
}

/** Reads collectionName, query, data (+ merge) and upsert from a modify request. */
export function readModifyRequest(context: DatabaseContext, params: Readonly<Record<string, unknown>>, defaultMerge: boolean): ModifyRequest {
  const collectionName = requireString(params, 'collectionName')
  const query = readQuery(context, params)
  const data = decodeEjsonObject(requireString(params, 'data'), { now: context.now() }, 'data')
  const spec = readUpdateSpec(data, optionalBoolean(params, 'merge', defaultMerge))
  return { collectionName, query, spec, upsert: optionalBoolean(params, 'upsert', false), transactionId: optionalString(params, 'transactionId') }
}

/** The query without its `$near` clause, for the positional `$` operator of an update. */
function positionalCondition(query: PlainObject): PlainObject | undefined {
  const { criteria } = compileFilter(query)
  return Object.keys(criteria).length > 0 ? criteria : undefined
}

/**
 * Applies a modify request inside a transaction, to what the transaction sees: `doc(id)` or a query
 * (first match, or every match with `multi`). The writes stay the transaction's until commit.
 */
export function modifyInTransaction(context: DatabaseContext, request: ModifyRequest, transactionId: string, multi: boolean): ModifyOutcome {
  const collection = context.store.collection(request.collectionName)
  const all = matchInTransaction(context, transactionId, request.collectionName, request.query)
  const matched = multi ? all : all.slice(0, 1)
  if (matched.length === 0) {
    if (!request.upsert) return { result: { matched: 0, modified: 0 }, docs: [] }
    const inserted = buildUpsertDocument(request.query, request.spec, generateDocumentId)
    const key = documentIdKey(inserted._id)
    collection.check([{ key, id: inserted._id, after: inserted, insert: true }])
    context.transactions.write(transactionId, request.collectionName, [{ key, id: inserted._id, after: inserted }])
    return { result: { matched: 0, modified: 0, upsertId: encodeAnswerValue(inserted._id) }, docs: [inserted] }
  }
  const condition = positionalCondition(request.query)
  const outcomes = matched.map(before => ({ before, outcome: applyUpdate(before, request.spec, condition) }))
  const ops: WriteOp[] = outcomes
    .filter(({ outcome }) => outcome.modified)
    .map(({ before, outcome }) => ({ key: documentIdKey(before._id), id: before._id, after: outcome.doc, insert: false }))
  collection.check(ops)
  context.transactions.write(transactionId, request.collectionName, ops)
  return { result: { matched: matched.length, modified: ops.length }, docs: outcomes.map(({ outcome }) => outcome.doc) }
}

/**
 * Matches, updates and commits in one synchronous step (no other request can run in between), then
 * waits for durability. A matched document a transaction has written is waited for first.
 */
export function modifyCommitted(context: DatabaseContext, request: ModifyRequest, multi: boolean): Promise<ModifyOutcome> {
  return context.transactions.writeOutside<ModifyOutcome>(() => {
    const collection = context.store.collection(request.collectionName)
    const filter = compileFilter(request.query)
    const matched: Document[] = []
    for (const stored of matchingDocuments(collection, filter)) {
      matched.push(stored.doc)
      if (!multi) break
    }
    if (matched.length === 0) {
      if (!request.upsert) return { batches: [], value: { result: { matched: 0, modified: 0 }, docs: [] } }
      const inserted = buildUpsertDocument(request.query, request.spec, generateDocumentId)
      return {
        batches: [{ collection: request.collectionName, ops: [{ key: documentIdKey(inserted._id), id: inserted._id, after: inserted, insert: true }] }],
        value: { result: { matched: 0, modified: 0, upsertId: encodeAnswerValue(inserted._id) }, docs: [inserted] },
      }
    }
    const criteria = Object.keys(filter.criteria).length > 0 ? filter.criteria : undefined
    const ops: WriteOp[] = []
    const docs = matched.map(before => {
      const outcome = applyUpdate(before, request.spec, criteria)
      if (outcome.modified) ops.push({ key: documentIdKey(before._id), id: before._id, after: outcome.doc, insert: false })
      return outcome.doc
    })
    return { batches: [{ collection: request.collectionName, ops }], value: { result: { matched: matched.length, modified: ops.length }, docs } }
  })
}

/**
 * `updated` as CloudBase reports it for `database.modifyDocument`: an update (`merge: true`) counts the
 * documents it changed, as MongoDB's `nModified` (the same values again count 0); a replacement
 * (`doc().set()`) counts the document it matched, as `replaceOne`'s matchedCount (the SDK's cloud
 * tests expect `updated: 1` for a set of an existing document).
 */
export function modifyAnswer(request: ModifyRequest, result: ModifyResult): { updated: number; upsert_id?: unknown } {
  const updated = request.spec.kind === 'replacement' ? result.matched : result.modified
  return result.upsertId === undefined ? { updated } : { updated, upsert_id: result.upsertId }
}

/**
 * `database.modifyDocument`: `where().update()` (multi, merge), `doc(id).update()` (merge),
 * `doc(id).set()` (replace, upsert), in or out of a transaction; `updated` as `modifyAnswer` says.
 */
export async function modifyDocument(context: DatabaseContext, params: Readonly<Record<string, unknown>>): Promise<{ updated: number; upsert_id?: unknown }> {
  const request = readModifyRequest(context, params, true)
  const multi = optionalBoolean(params, 'multi', false)
  const outcome = request.transactionId !== undefined
    ? modifyInTransaction(context, request, request.transactionId, multi)
    : await modifyCommitted(context, request, multi)
  return modifyAnswer(request, outcome.result)
}
