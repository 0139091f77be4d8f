import { Aggregator } from 'mingo/aggregator'
import { decodeEjsonText } from '../../ejson/decode-ejson'
import { encodeAnswerText } from '../../ejson/encode-ejson'
import { EmulatorError, EmulatorErrorCode } from '../../errors'
import { geoNearOutputDistance, parseGeoNearStage, type GeoNearStage } from '../../geo/parse-geo-near-stage'
import { clonePlainObject } from '../../values/clone-value'
import { isPlainObject, type PlainObject } from '../../values/plain-object'
import type { Collection } from '../collection'
import { requestFailed } from '../database-errors'
import { valueAtPath } from '../field-path'
import { compileFilter } from '../query/compile-filter'
import { matchingDocuments } from '../query/find-documents'
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

/** Serves a leading `$geoNear` from the 2dsphere index: matches in ascending distance, lazily, with the distance written in. */
function* geoNearSource(collection: Collection, stage: GeoNearStage): Generator<PlainObject> {
  const candidates = stage.key === undefined ? collection.geoIndexes : collection.geoIndexes.filter(index => index.spec.path === stage.key)
  const [index] = candidates
  if (index === undefined) {
    throw requestFailed(stage.key === undefined
      ? `$geoNear requires a 2dsphere index, and collection ${collection.name} has none`
      : `$geoNear: no 2dsphere index on "${stage.key}" in collection ${collection.name}`)
  }
  if (candidates.length > 1) throw requestFailed(`$geoNear: collection ${collection.name} has more than one 2dsphere index; say which with "key"`)
  const filter = compileFilter(stage.query)
  let produced = 0
  for (const hit of index.points.nearest(stage.near, { maxDistance: stage.maxDistanceMeters, minDistance: stage.minDistanceMeters })) {
    const stored = collection.get(hit.id)
    if (stored === undefined || !filter.matches(stored.doc)) continue
    const output = clonePlainObject(stored.doc)
    setPath(output, stage.distanceField, geoNearOutputDistance(stage, hit.distance))
    if (stage.includeLocs !== undefined) setPath(output, stage.includeLocs, valueAtPath(stored.doc, index.spec.path))
    yield output
    produced += 1
    if (stage.limit !== undefined && produced >= stage.limit) return
  }
}

function clonedMatches(collection: Collection, match: PlainObject): Iterable<PlainObject> {
  const filter = compileFilter(match)
  if (filter.near !== undefined) throw requestFailed('$near and $nearSphere are not allowed in $match; use a $geoNear stage')
  return (function* clone() {
    for (const stored of matchingDocuments(collection, filter)) yield clonePlainObject(stored.doc)
  })()
}

/**
 * `database.aggregateDocuments` (`collection.aggregate()...end()`): the pipeline runs in mingo, fed
 * lazily. A leading `$geoNear` (only valid first, as in MongoDB) is served by the 2dsphere index;
 * a leading `$match` uses the index planner; `$lookup` reads other collections.
 */
export function aggregateDocuments(context: DatabaseContext, params: Readonly<Record<string, unknown>>): { list: string[] } {
  const collection = context.store.collection(requireString(params, 'collectionName'))
  if (optionalString(params, 'transactionId') !== undefined) throw invalid('aggregate() is not supported in a transaction (CloudBase transactions support document operations only)')
  const pipeline = readPipeline(context, params)
  pipeline.forEach((stage, index) => {
    if (index > 0 && '$geoNear' in stage) throw requestFailed('$geoNear is only valid as the first stage in a pipeline')
  })
  const [first] = pipeline
  let source: Iterable<PlainObject>
  let rest = pipeline
  if (first !== undefined && '$geoNear' in first) {
    source = geoNearSource(collection, parseGeoNearStage(first.$geoNear))
    rest = pipeline.slice(1)
  } else if (first !== undefined && '$match' in first && isPlainObject(first.$match)) {
    source = clonedMatches(collection, first.$match)
    rest = pipeline.slice(1)
  } else {
    source = clonedMatches(collection, {})
  }
  const collectionResolver = (name: string): PlainObject[] =>
    [...context.store.collection(name).documents()].map(stored => clonePlainObject(stored.doc))
  const results = runEngine(() => new Aggregator(rest, { ...QUERY_OPTIONS, collectionResolver }).run(source))
  return { list: results.map(encodeAnswerText) }
}
