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
import { pinnedDocumentId, readQuery } from './query-params'
import { optionalBoolean, optionalString, requireString } from './request-params'

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

/** Reads collectionName, query, data (+ merge) and upsert from a modify request. */
export function readModifyRequest(context: DatabaseContext, params: Readonly<Record<string, unknown>>, defaultMerge: boolean): ModifyRequest {
  const collectionName = requireString(params, 'collectionName')
  const query = readQuery(context, params)
  const data = decodeEjsonObject(requireString(params, 'data'), { now: context.now() }, 'data')
  const spec = readUpdateSpec(data, optionalBoolean(params, 'merge', defaultMerge))
  return { collectionName, query, spec, upsert: optionalBoolean(params, 'upsert', false), transactionId: optionalString(params, 'transactionId') }
}

/** Applies a modify request to the one document a transaction addresses; returns the result and the new document. */
export function modifyInTransaction(context: DatabaseContext, request: ModifyRequest, transactionId: string): { result: ModifyResult; doc: Document | null } {
  const id = pinnedDocumentId(request.query)
  const key = documentIdKey(id)
  const before = context.transactions.read(transactionId, request.collectionName, key)
  if (before === null) {
    if (!request.upsert) return { result: { matched: 0, modified: 0 }, doc: null }
    const inserted = buildUpsertDocument(request.query, request.spec, generateDocumentId)
    context.store.collection(request.collectionName).check([{ key, id, after: inserted, insert: true }])
    context.transactions.write(transactionId, request.collectionName, id, key, inserted)
    return { result: { matched: 0, modified: 0, upsertId: encodeAnswerValue(id) }, doc: inserted }
  }
  const outcome = applyUpdate(before, request.spec, request.query)
  if (outcome.modified) {
    context.store.collection(request.collectionName).check([{ key, id, after: outcome.doc, insert: false }])
    context.transactions.write(transactionId, request.collectionName, id, key, outcome.doc)
  }
  return { result: { matched: 1, modified: outcome.modified ? 1 : 0 }, doc: outcome.doc }
}

/**
 * Matches, updates and commits in one synchronous step (no other request can run in between), then
 * waits for durability. Returns the result and the new version of each matched document.
 */
export async function modifyCommitted(context: DatabaseContext, request: ModifyRequest, multi: boolean): Promise<{ result: ModifyResult; docs: Document[] }> {
  const collection = context.store.collection(request.collectionName)
  const filter = compileFilter(request.query)
  const matched: Document[] = []
  for (const stored of matchingDocuments(collection, filter)) {
    matched.push(stored.doc)
    if (!multi) break
  }
  if (matched.length === 0) {
    if (!request.upsert) return { result: { matched: 0, modified: 0 }, docs: [] }
    const inserted = buildUpsertDocument(request.query, request.spec, generateDocumentId)
    await context.store.commit([{ collection: request.collectionName, ops: [{ key: documentIdKey(inserted._id), id: inserted._id, after: inserted, insert: true }] }])
    return { result: { matched: 0, modified: 0, upsertId: encodeAnswerValue(inserted._id) }, docs: [inserted] }
  }
  const criteria = Object.keys(filter.criteria).length > 0 ? filter.criteria : undefined
  const ops: WriteOp[] = []
  const docs = matched.map(before => {
    const outcome = applyUpdate(before, request.spec, criteria)
    if (outcome.modified) ops.push({ key: documentIdKey(before._id), id: before._id, after: outcome.doc, insert: false })
    return outcome.doc
  })
  await context.store.commit([{ collection: request.collectionName, ops }])
  return { result: { matched: matched.length, modified: ops.length }, docs }
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
 * `doc(id).set()` (replace, upsert); `updated` as `modifyAnswer` says.
 */
export async function modifyDocument(context: DatabaseContext, params: Readonly<Record<string, unknown>>): Promise<{ updated: number; upsert_id?: unknown }> {
  const request = readModifyRequest(context, params, true)
  if (request.transactionId !== undefined) return modifyAnswer(request, modifyInTransaction(context, request, request.transactionId).result)
  const multi = optionalBoolean(params, 'multi', false)
  return modifyAnswer(request, (await modifyCommitted(context, request, multi)).result)
}
