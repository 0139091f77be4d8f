import { Query } from 'mingo/query'
import type { PlainObject } from '../../values/plain-object'
import type { Collection } from '../collection'
import { requestFailed } from '../database-errors'
import type { Document, StoredDocument } from '../document'
import { compileFilter, type CompiledFilter } from './compile-filter'
import { planCandidates } from './plan-candidates'
import { QUERY_OPTIONS } from './query-context'
import { runEngine } from './run-engine'
import type { SortSpec } from './sort-spec'

/** Which page of the matches to return. */
export interface PageOptions {
  readonly sort?: SortSpec
  readonly skip?: number
  /** Infinity for every match. */
  readonly limit?: number
}

function* nearMatches(collection: Collection, filter: CompiledFilter): Generator<StoredDocument> {
  const near = filter.near
  if (near === undefined) return
  const index = collection.geoIndexes.find(candidate => candidate.spec.path === near.path)
  if (index === undefined) {
    throw requestFailed(`unable to find index for $geoNear query: ${near.predicate.operator} on "${near.path}" needs a 2dsphere index on that field in collection ${collection.name}`)
  }
  const hits = index.points.nearest(near.predicate.center, {
    maxDistance: near.predicate.maxDistanceMeters,
    minDistance: near.predicate.minDistanceMeters,
  })
  for (const hit of hits) {
    const stored = collection.get(hit.id)
    if (stored !== undefined && filter.matches(stored.doc)) yield stored
  }
}

/** A matcher for what the index lookups did not answer exactly (a `$all` over 1,500-term arrays is not re-run per candidate). */
function residualMatcher(criteria: PlainObject, covered: ReadonlyMap<string, boolean>): (document: Document) => boolean {
  const residual: PlainObject = {}
  for (const [path, condition] of Object.entries(criteria)) if (!covered.has(path)) residual[path] = condition
  const rest = compileFilter(residual).matches
  const arrays = [...covered].flatMap(([path, mustBeArray]) => (mustBeArray ? [path] : []))
  if (arrays.length === 0) return rest
  return document => arrays.every(path => Array.isArray(document[path])) && rest(document)
}

/**
 * The documents matching a filter, lazily: by distance when the query has a near clause (streamed
 * from the 2dsphere index), else in natural order from the planner's candidates or a scan.
 */
export function* matchingDocuments(collection: Collection, filter: CompiledFilter): Generator<StoredDocument> {
  if (filter.near !== undefined) {
    yield* nearMatches(collection, filter)
    return
  }
  const plan = planCandidates(collection, filter.criteria)
  if (plan.kind === 'scan') {
    for (const stored of collection.documents()) if (filter.matches(stored.doc)) yield stored
    return
  }
  const matches = plan.covered.size === 0 ? filter.matches : residualMatcher(filter.criteria, plan.covered)
  for (const slot of plan.slots) {
    const stored = collection.getBySlot(slot)
    if (stored !== undefined && matches(stored.doc)) yield stored
  }
}

/**
 * One page of matches. Without a sort it stops as soon as the page is full; with one it sorts every
 * match with mingo (MongoDB's type order and array rules) first.
 */
export function findDocuments(collection: Collection, filter: CompiledFilter, page: PageOptions = {}): Document[] {
  const skip = page.skip ?? 0
  const limit = page.limit ?? Infinity
  if (page.sort !== undefined) {
    const sort = page.sort
    const all = [...matchingDocuments(collection, filter)].map(stored => stored.doc)
    return runEngine(() => {
      const cursor = new Query<Document>({}, QUERY_OPTIONS).find<Document>(all).sort(sort).skip(skip)
      return Number.isFinite(limit) ? cursor.limit(limit).all() : cursor.all()
    })
  }
  const result: Document[] = []
  if (limit <= 0) return result
  let skipped = 0
  for (const stored of matchingDocuments(collection, filter)) {
    if (skipped < skip) {
      skipped += 1
      continue
    }
    result.push(stored.doc)
    if (result.length >= limit) break
  }
  return result
}

/** Applies a projection (`{ a: 1 }`, `{ a: 0 }`, `$slice`, `$elemMatch`...) with mingo, as a find would; `_id` stays first, as in MongoDB. */
export function projectDocuments(documents: readonly Document[], projection: PlainObject | undefined): PlainObject[] {
  if (projection === undefined || Object.keys(projection).length === 0) return [...documents]
  const projected = runEngine(() => new Query({}, QUERY_OPTIONS).find<PlainObject>(documents, projection).all())
  return projected.map(document => ('_id' in document ? { _id: document._id, ...document } : document))
}
