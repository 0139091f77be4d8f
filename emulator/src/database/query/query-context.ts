import { Context } from 'mingo/core'
import * as accumulatorOperators from 'mingo/operators/accumulator'
import * as expressionOperators from 'mingo/operators/expression'
import * as pipelineOperators from 'mingo/operators/pipeline'
import * as projectionOperators from 'mingo/operators/projection'
import * as queryOperators from 'mingo/operators/query'
import * as windowOperators from 'mingo/operators/window'
import type { Options } from 'mingo/types'
import { resolve } from 'mingo/util'
import { matchesGeoPredicate } from '../../geo/geo-predicate'
import { parseGeoQueryOperator } from '../../geo/parse-geo-query-operator'
import { $dateToParts } from './operators/date-to-parts'
import { $dateToString } from './operators/date-to-string'
import { $isoWeekYear, $week } from './operators/date-week-operators'
import { $elemMatch, $elemMatchProjection } from './operators/elem-match'
import { $indexOfBytes, $indexOfCP } from './operators/index-of-operators'
import { jsonSchemaValidator } from './operators/json-schema-validator'
import { $substr, $substrBytes, $substrCP } from './operators/substring-operators'
import { $type } from './operators/type-operator'

function geoOperator(operator: '$geoWithin' | '$geoIntersects') {
  return (selector: string, value: unknown, _options: Options) => {
    const predicate = parseGeoQueryOperator(operator, value)
    return (document: Record<string, unknown>): boolean => matchesGeoPredicate(predicate, resolve(document, selector))
  }
}

/**
 * Every operator the engine knows: mingo's, with the ones that answer differently from MongoDB
 * replaced, plus the geo operators mingo lacks. It is a complete context handed to mingo's base
 * classes (`mingo/query`, `mingo/aggregator`, `mingo/updater`): the top-level `mingo` exports merge
 * their own operators over a given context and would undo the replacements, so they are not used.
 * `$near`/`$nearSphere` are deliberately absent: they order results, so the planner takes them out of
 * the query and drives the scan with the 2dsphere index; one left anywhere else is an error, as in MongoDB.
 */
export const QUERY_CONTEXT = Context.init({
  accumulator: { ...accumulatorOperators },
  expression: {
    ...expressionOperators,
    $dateToParts,
    $dateToString,
    $indexOfBytes,
    $indexOfCP,
    $isoWeekYear,
    $substr,
    $substrBytes,
    $substrCP,
    $week,
  },
  pipeline: { ...pipelineOperators },
  projection: { ...projectionOperators, $elemMatch: $elemMatchProjection },
  query: {
    ...queryOperators,
    $elemMatch,
    $type,
    $geoWithin: geoOperator('$geoWithin'),
    $geoIntersects: geoOperator('$geoIntersects'),
  },
  window: { ...windowOperators },
})

/** Options for every engine call: the operators above, `$jsonSchema` through ajv, and no server-side JavaScript (`$where`, `$function`). */
export const QUERY_OPTIONS = { context: QUERY_CONTEXT, scriptEnabled: false, jsonSchemaValidator } as const
