import { Aggregator } from 'mingo/aggregator'
import { decodeEjsonText } from '../../ejson/decode-ejson'
import { encodeAnswerText } from '../../ejson/encode-ejson'
import { EmulatorError, EmulatorErrorCode } from '../../errors'
import { distanceMeters } from '../../geo/distance'
import { readGeoPoint } from '../../geo/geo-point'
import { geoNearOutputDistance, parseGeoNearStage, type GeoNearStage } from '../../geo/parse-geo-near-stage'
import { clonePlainObject } from '../../values/clone-value'
import { isPlainObject, type PlainObject } from '../../values/plain-object'
import type { Collection } from '../collection'
import { requestFailed } from '../database-errors'
import type { Document } from '../document'
import { valueAtPath } from '../field-path'
import type { GeoFieldIndex } from '../index/geo-field-index'
import { compileFilter, type CompiledFilter } from '../query/compile-filter'
import { matchesInView, matchingDocuments } from '../query/find-documents'
import { QUERY_OPTIONS } from '../query/query-context'
import { runEngine } from '../query/run-engine'
import type { DatabaseContext } from './database-context'
import { optionalString, requireArray, requireString } from './request-params'

/** Stages that write to collections: CloudBase's aggregate reads only. */
const WRITE_STAGES = new Set(['$out', '$merge'])

function invalid(message: string): EmulatorError {
  return new EmulatorError(EmulatorErrorCode.InvalidParam, message)
}

/** Decodes `stages: [{ stageKey: '$match', stageValue: '<EJSON>' }]` as `Aggregation._pipe` sends them. */
function readPipeline(context: DatabaseContext, params: Readonly<Record<string, unknown>>): PlainObject[] {
  const now = context.now()
  return requireArray(params, 'stages').map((stage, index) => {
    if (!isPlainObject(stage) || typeof stage.stageKey !== 'string' || typeof stage.stageValue !== 'string') {
      throw invalid(`stages[${index}] must be { stageKey, stageValue } with stageValue an EJSON string`)
    }
    if (!stage.stageKey.startsWith('$')) throw invalid(`stages[${index}].stageKey must name a stage such as $match, got "${stage.stageKey}"`)
    if (WRITE_STAGES.has(stage.stageKey)) throw requestFailed(`${stage.stageKey} is not supported: CloudBase aggregation cannot write to collections`)
    return { [stage.stageKey]: decodeEjsonText(stage.stageValue, { now }, `stages[${index}] (${stage.stageKey})`) }
  })
}

function setPath(target: PlainObject, path: string, value: unknown): void {
  const steps = path.split('.')
  let current = target
  steps.slice(0, -1).forEach(step => {
    const next = current[step]
    if (isPlainObject(next)) current = next
    else {
      const created: PlainObject = {}
      current[step] = created
      current = created
    }
  })
  current[steps[steps.length - 1] ?? path] = value
}

/** The collection's 2dsphere index a `$geoNear` stage measures from (its `key`, or the only one). */
function geoNearIndex(collection: Collection, stage: GeoNearStage): GeoFieldIndex {
  const candidates = stage.key === undefined ? collection.geoIndexes : collection.geoIndexes.filter(index => index.spec.path === stage.key)
  const [index] = candidates
  if (index === undefined) {
    throw requestFailed(stage.key === undefined
      ? `$geoNear requires a 2dsphere index, and collection ${collection.name} has none`
      : `$geoNear: no 2dsphere index on "${stage.key}" in collection ${collection.name}`)
  }
  if (candidates.length > 1) throw requestFailed(`$geoNear: collection ${collection.name} has more than one 2dsphere index; say which with "key"`)
  return index
}

/** Where one aggregation reads documents: the committed data, or what a transaction sees. */
interface AggregationSource {
  /** Nearest-first documents for a leading `$geoNear`, with their distance in metres. */
  nearest(collection: Collection, index: GeoFieldIndex, stage: GeoNearStage): Iterable<{ readonly doc: Document; readonly distance: number }>
  /** The documents matching a leading `$match` (every document for `{}`), in natural order. */
  matches(collection: Collection, filter: CompiledFilter): Iterable<Document>
  /** Every document of a collection `$lookup` reads. */
  all(collectionName: string): Iterable<Document>
}

function committedSource(context: DatabaseContext): AggregationSource {
  return {
    * nearest(collection, index, stage) {
      for (const hit of index.points.nearest(stage.near, { maxDistance: stage.maxDistanceMeters, minDistance: stage.minDistanceMeters })) {
        const stored = collection.get(hit.id)
        if (stored !== undefined) yield { doc: stored.doc, distance: hit.distance }
      }
    },
    * matches(collection, filter) {
      for (const stored of matchingDocuments(collection, filter)) yield stored.doc
    },
    * all(collectionName) {
      for (const stored of context.store.collection(collectionName).documents()) yield stored.doc
    },
  }
}

function transactionSource(context: DatabaseContext, transactionId: string): AggregationSource {
  return {
    nearest(collection, index, stage) {
      const hits: { doc: Document; distance: number }[] = []
      for (const doc of context.transactions.documents(transactionId, collection.name)) {
        const point = readGeoPoint(valueAtPath(doc, index.spec.path))
        if (point === null) continue
        const distance = distanceMeters(stage.near, point)
        if (distance >= stage.minDistanceMeters && distance <= stage.maxDistanceMeters) hits.push({ doc, distance })
      }
      return hits.sort((a, b) => a.distance - b.distance)
    },
    matches: (collection, filter) => matchesInView(collection, context.transactions.documents(transactionId, collection.name), filter),
    all: collectionName => context.transactions.documents(transactionId, collectionName),
  }
}

/** A leading `$geoNear`: matches in ascending distance, lazily, with the distance (and location) written in. */
function* geoNearOutput(source: AggregationSource, collection: Collection, stage: GeoNearStage): Generator<PlainObject> {
  const index = geoNearIndex(collection, stage)
  const filter = compileFilter(stage.query)
  let produced = 0
  for (const hit of source.nearest(collection, index, stage)) {
    if (!filter.matches(hit.doc)) continue
    const output = clonePlainObject(hit.doc)
    setPath(output, stage.distanceField, geoNearOutputDistance(stage, hit.distance))
    if (stage.includeLocs !== undefined) setPath(output, stage.includeLocs, valueAtPath(hit.doc, index.spec.path))
    yield output
    produced += 1
    if (stage.limit !== undefined && produced >= stage.limit) return
  }
}

function* clonedMatches(source: AggregationSource, collection: Collection, match: PlainObject): Generator<PlainObject> {
  const filter = compileFilter(match)
  if (filter.near !== undefined) throw requestFailed('$near and $nearSphere are not allowed in $match; use a $geoNear stage')
  for (const doc of source.matches(collection, filter)) yield clonePlainObject(doc)
}

/**
 * `database.aggregateDocuments` (`collection.aggregate()...end()`): the pipeline runs in mingo, fed
 * lazily. A leading `$geoNear` (only valid first, as in MongoDB) is served by the 2dsphere index;
 * a leading `$match` uses the index planner; `$lookup` reads other collections. In a transaction the
 * pipeline reads what the transaction sees (its snapshot and its own writes).
 */
export function aggregateDocuments(context: DatabaseContext, params: Readonly<Record<string, unknown>>): { list: string[] } {
  const collection = context.store.collection(requireString(params, 'collectionName'))
  const transactionId = optionalString(params, 'transactionId')
  const source = transactionId === undefined ? committedSource(context) : transactionSource(context, transactionId)
  const pipeline = readPipeline(context, params)
  pipeline.forEach((stage, index) => {
    if (index > 0 && '$geoNear' in stage) throw requestFailed('$geoNear is only valid as the first stage in a pipeline')
  })
  const [first] = pipeline
  let input: Iterable<PlainObject>
  let rest = pipeline
  if (first !== undefined && '$geoNear' in first) {
    input = geoNearOutput(source, collection, parseGeoNearStage(first.$geoNear))
    rest = pipeline.slice(1)
  } else if (first !== undefined && '$match' in first && isPlainObject(first.$match)) {
    input = clonedMatches(source, collection, first.$match)
    rest = pipeline.slice(1)
  } else {
    input = clonedMatches(source, collection, {})
  }
  const collectionResolver = (name: string): PlainObject[] => [...source.all(name)].map(clonePlainObject)
  const results = runEngine(() => new Aggregator(rest, { ...QUERY_OPTIONS, collectionResolver }).run(input))
  return { list: results.map(encodeAnswerText) }
}
