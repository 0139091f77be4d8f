import { Query } from 'mingo/query'
import { distanceMeters } from '../../geo/distance'
import { readGeoPoint } from '../../geo/geo-point'
import { matchesGeoPredicate } from '../../geo/geo-predicate'
import type { PlainObject } from '../../values/plain-object'
import type { Collection } from '../collection'
import { requestFailed } from '../database-errors'
import type { Document, StoredDocument } from '../document'
import { valueAtPath } from '../field-path'
import type { GeoFieldIndex } from '../index/geo-field-index'
import { compileFilter, type CompiledFilter, type NearClause } from './compile-filter'
import { plainProjection, projectPlainly } from './native-projection'
import { sortedNatively } from './native-sort'
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

/** `$near` needs a 2dsphere index on its field, in a transaction too (MongoDB refuses the query otherwise). */
function nearIndex(collection: Collection, near: NearClause): GeoFieldIndex {
  const index = collection.geoIndexes.find(candidate => candidate.spec.path === near.path)
  if (index === undefined) {
    throw requestFailed(`unable to find index for $geoNear query: ${near.predicate.operator} on "${near.path}" needs a 2dsphere index on that field in collection ${collection.name}`)
  }
  return index
}

function* nearMatches(collection: Collection, filter: CompiledFilter): Generator<StoredDocument> {
  const near = filter.near
  if (near === undefined) return
  const index = nearIndex(collection, near)
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
 * The matches among the documents a transaction sees (its snapshot and its own writes), which no index
 * covers: a scan, ordered nearest first for a near clause.
 */
export function matchesInView(collection: Collection, documents: readonly Document[], filter: CompiledFilter): Document[] {
  const near = filter.near
  if (near === undefined) return documents.filter(document => filter.matches(document))
  nearIndex(collection, near)
  const hits: { document: Document; distance: number }[] = []
  for (const document of documents) {
    const value = valueAtPath(document, near.path)
    const point = readGeoPoint(value)
    if (point === null || !matchesGeoPredicate(near.predicate, value) || !filter.matches(document)) continue
    hits.push({ document, distance: distanceMeters(near.predicate.center, point) })
  }
  return hits.sort((a, b) => a.distance - b.distance).map(hit => hit.document)
}

function* documentsOf(matches: Iterable<StoredDocument>): Generator<Document> {
  for (const stored of matches) yield stored.doc
}

/**
 * One page of matches. Without a sort it stops as soon as the page is full; with one it sorts every
 * match with mingo (MongoDB's type order and array rules) first.
 */
export function findDocuments(collection: Collection, filter: CompiledFilter, page: PageOptions = {}): Document[] {
  return pageOf(documentsOf(matchingDocuments(collection, filter)), page)
}

/** One page of the matches among the documents a transaction sees. */
export function findInView(collection: Collection, documents: readonly Document[], filter: CompiledFilter, page: PageOptions = {}): Document[] {
  return pageOf(matchesInView(collection, documents, filter), page)
}

function pageOf(matches: Iterable<Document>, page: PageOptions): Document[] {
  const skip = page.skip ?? 0
  const limit = page.limit ?? Infinity
  if (page.sort !== undefined) {
    const sort = page.sort
    const all = [...matches]
    const sorted = sortedNatively(all, sort, skip + limit)
    if (sorted !== undefined) return sorted.slice(skip, skip + limit)
    return runEngine(() => {
      const cursor = new Query<Document>({}, QUERY_OPTIONS).find<Document>(all).sort(sort).skip(skip)
      return Number.isFinite(limit) ? cursor.limit(limit).all() : cursor.all()
    })
  }
  const result: Document[] = []
  if (limit <= 0) return result
  let skipped = 0
  for (const document of matches) {
    if (skipped < skip) {
      skipped += 1
      continue
    }
    result.push(document)
    if (result.length >= limit) break
  }
  return result
}

/**
 * Applies a projection (`{ a: 1 }`, `{ a: 0 }`, `$slice`, `$elemMatch`...) as mingo does in a find; `_id`
 * stays first, as in MongoDB. Plain field paths are copied directly (see native-projection.ts), the rest
 * through mingo.
 */
export function projectDocuments(documents: readonly Document[], projection: PlainObject | undefined): PlainObject[] {
  if (projection === undefined || Object.keys(projection).length === 0) return [...documents]
  const plain = plainProjection(projection)
  const withMingo = (document: Document): PlainObject => runEngine(() => new Query({}, QUERY_OPTIONS).find<PlainObject>([document], projection).all())[0] ?? {}
  const projected = plain === undefined
    ? runEngine(() => new Query({}, QUERY_OPTIONS).find<PlainObject>(documents, projection).all())
    : documents.map(document => projectPlainly(document, plain) ?? withMingo(document))
  return projected.map(document => ('_id' in document ? { _id: document._id, ...document } : document))
}
