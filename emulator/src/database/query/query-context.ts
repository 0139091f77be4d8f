import { Context } from 'mingo'
import type { Options } from 'mingo/types'
import { resolve } from 'mingo/util'
import { matchesGeoPredicate } from '../../geo/geo-predicate'
import { parseGeoQueryOperator } from '../../geo/parse-geo-query-operator'

function geoOperator(operator: '$geoWithin' | '$geoIntersects') {
  return (selector: string, value: unknown, _options: Options) => {
    const predicate = parseGeoQueryOperator(operator, value)
    return (document: Record<string, unknown>): boolean => matchesGeoPredicate(predicate, resolve(document, selector))
  }
}

/**
 * mingo's operators plus the geo operators mingo lacks. `$near`/`$nearSphere` are deliberately absent:
 * they order results, so the planner takes them out of the query and drives the scan with the
 * 2dsphere index; one left anywhere else is an error, as in MongoDB.
 */
export const QUERY_CONTEXT = Context.init().addQueryOps({
  $geoWithin: geoOperator('$geoWithin'),
  $geoIntersects: geoOperator('$geoIntersects'),
})

/** Options for every mingo call: geo operators, and no server-side JavaScript (`$where`, `$function`). */
export const QUERY_OPTIONS = { context: QUERY_CONTEXT, scriptEnabled: false } as const
