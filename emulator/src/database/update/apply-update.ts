import { isEqual } from 'mingo/util'
import { update } from 'mingo/updater'
import { clonePlainObject } from '../../values/clone-value'
import { isPlainObject, type PlainObject } from '../../values/plain-object'
import { requestFailed } from '../database-errors'
import { assertDocumentId, type DocumentId } from '../document-id'
import type { Document } from '../document'
import { QUERY_OPTIONS } from '../query/query-context'
import { runEngine } from '../query/run-engine'
import { applyPlainUpdate } from './plain-update'
import type { UpdateSpec } from './update-spec'

/** The new version of a document and whether anything changed (what `updated` counts). */
export interface UpdateOutcome {
  readonly doc: Document
  readonly modified: boolean
}

const NUMERIC_OPERATORS = ['$inc', '$mul']
const ARRAY_OPERATORS = ['$push', '$addToSet', '$pop', '$pull', '$pullAll']

function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (value instanceof Date) return 'date'
  return typeof value === 'object' ? 'object' : typeof value
}

function plainValueAt(document: PlainObject, path: string): unknown {
  let current: unknown = document
  for (const step of path.split('.')) {
    if (!isPlainObject(current)) return undefined
    current = current[step]
  }
  return current
}

/**
 * MongoDB refuses `$inc`/`$mul` on a non-number and array operators on a non-array; mingo silently
 * skips them. Checked first so such an update fails loudly, as in the cloud (positional paths are
 * left to mingo).
 */
function checkOperatorTargets(document: Document, modifier: PlainObject): void {
  for (const [operator, fields] of Object.entries(modifier)) {
    if (!isPlainObject(fields)) continue
    for (const path of Object.keys(fields)) {
      if (path.includes('$')) continue
      const current = plainValueAt(document, path)
      if (current === undefined) continue
      if (NUMERIC_OPERATORS.includes(operator) && typeof current !== 'number') {
        throw requestFailed(`Cannot apply ${operator} to a value of non-numeric type. {_id: ${JSON.stringify(String(document._id))}} has the field '${path}' of non-numeric type ${describeType(current)}`)
      }
      if (ARRAY_OPERATORS.includes(operator) && !Array.isArray(current)) {
        throw requestFailed(`The field '${path}' must be an array but is of type ${describeType(current)} in document {_id: ${JSON.stringify(String(document._id))}}`)
      }
    }
  }
}

function withoutSetOnInsert(modifier: PlainObject): PlainObject {
  const { $setOnInsert: _ignored, ...rest } = modifier
  return rest
}

function sameId(a: unknown, b: unknown): boolean {
  return isEqual(a, b)
}

/**
 * Applies an update to a copy of a stored document (stored documents are never mutated).
 * `condition` is the query, for the positional `$` operator.
 */
export function applyUpdate(document: Document, spec: UpdateSpec, condition: PlainObject | undefined): UpdateOutcome {
  if (spec.kind === 'replacement') {
    const doc: Document = { _id: document._id, ...clonePlainObject(spec.replacement) }
    return { doc, modified: !isEqual(doc, document) }
  }
  const modifier = withoutSetOnInsert(spec.modifier)
  if (Object.keys(modifier).length === 0) return { doc: document, modified: false }
  checkOperatorTargets(document, modifier)
  const copy = clonePlainObject(document)
  const plain = applyPlainUpdate(copy, modifier)
  const changed = plain !== null ? plain : runEngine(() => update(copy, modifier, undefined, condition, { queryOptions: QUERY_OPTIONS })).length > 0
  if (!sameId(copy._id, document._id)) {
    throw requestFailed("Performing an update on the path '_id' would modify the immutable field '_id'")
  }
  if (!changed) return { doc: document, modified: false }
  return { doc: { ...copy, _id: document._id }, modified: true }
}

/** The equality fields of a query (top level and nested `$and`), which MongoDB copies into an upserted document. */
function equalityFields(query: PlainObject, into: PlainObject = {}): PlainObject {
  for (const [path, condition] of Object.entries(query)) {
    if (path === '$and' && Array.isArray(condition)) {
      for (const part of condition) if (isPlainObject(part)) equalityFields(part, into)
      continue
    }
    if (path.startsWith('$') || path.includes('.')) continue
    if (isPlainObject(condition) && Object.keys(condition).some(key => key.startsWith('$'))) {
      if ('$eq' in condition) into[path] = condition.$eq
      continue
    }
    into[path] = condition
  }
  return into
}

/**
 * The document an upsert inserts when nothing matched: for a replacement, the replacement with the
 * query's `_id`; for operators, the query's equality fields with the operators (and `$setOnInsert`) applied.
 */
export function buildUpsertDocument(query: PlainObject, spec: UpdateSpec, newId: () => DocumentId): Document {
  const seed = equalityFields(query)
  const id = seed._id === undefined ? newId() : assertDocumentId(seed._id)
  if (spec.kind === 'replacement') return { _id: id, ...clonePlainObject(spec.replacement) }
  const base: PlainObject = { _id: id, ...clonePlainObject(seed) }
  const setOnInsert = spec.modifier.$setOnInsert
  const modifier = isPlainObject(setOnInsert)
    ? { ...withoutSetOnInsert(spec.modifier), $set: { ...(isPlainObject(spec.modifier.$set) ? spec.modifier.$set : {}), ...setOnInsert } }
    : withoutSetOnInsert(spec.modifier)
  if (Object.keys(modifier).length > 0) runEngine(() => update(base, modifier, undefined, undefined, { queryOptions: QUERY_OPTIONS }))
  if (!sameId(base._id, id)) throw requestFailed("Performing an update on the path '_id' would modify the immutable field '_id'")
  return { ...base, _id: id }
}
