import { Query } from 'mingo/query'
import { EmulatorError, EmulatorErrorCode } from '../../errors'
import type { GeoPredicate } from '../../geo/geo-predicate'
import { parseGeoQueryOperator } from '../../geo/parse-geo-query-operator'
import { isPlainObject, type PlainObject } from '../../values/plain-object'
import { requestFailed } from '../database-errors'
import type { Document } from '../document'
import { nativeFilter } from './native-filter'
import { QUERY_OPTIONS } from './query-context'
import { runEngine } from './run-engine'

/** A `$nearSphere`/`$near` clause taken out of a query: it drives the scan through a 2dsphere index. */
export interface NearClause {
  readonly path: string
  readonly predicate: Extract<GeoPredicate, { kind: 'near' }>
}

/** A query ready to run: the criteria without the near clause (for the planner), a matcher, and the near clause. */
export interface CompiledFilter {
  readonly criteria: PlainObject
  readonly near: NearClause | undefined
  matches(document: Document): boolean
}

const NEAR_OPERATORS = ['$nearSphere', '$near'] as const

function containsNear(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsNear)
  if (!isPlainObject(value)) return false
  return Object.entries(value).some(([key, nested]) => key === '$near' || key === '$nearSphere' || containsNear(nested))
}

/**
 * Takes the near clause out of a top-level field condition. MongoDB also accepts `$maxDistance` and
 * `$minDistance` beside the operator instead of inside it; both forms end up inside.
 */
function extractNear(path: string, condition: PlainObject): { near: NearClause; rest: PlainObject | undefined } {
  const present = NEAR_OPERATORS.filter(operator => operator in condition)
  const [operator] = present
  if (present.length !== 1 || operator === undefined) throw requestFailed('Too many geoNear expressions')
  const { [operator]: spec, $maxDistance, $minDistance, ...rest } = condition
  const merged = isPlainObject(spec) && ($maxDistance !== undefined || $minDistance !== undefined)
    ? { ...spec, ...($maxDistance === undefined ? {} : { $maxDistance }), ...($minDistance === undefined ? {} : { $minDistance }) }
    : spec
  const predicate = parseGeoQueryOperator(operator, merged)
  if (predicate.kind !== 'near') throw new Error(`${operator} parsed as ${predicate.kind}`)
  return { near: { path, predicate }, rest: Object.keys(rest).length > 0 ? rest : undefined }
}

/**
 * Compiles a decoded query. Unknown operators are refused here (DATABASE_REQUEST_FAILED, mingo's
 * message), so a typo never silently matches everything or nothing.
 */
export function compileFilter(query: PlainObject): CompiledFilter {
  let near: NearClause | undefined
  const criteria: PlainObject = {}
  for (const [path, condition] of Object.entries(query)) {
    if (!path.startsWith('$') && isPlainObject(condition) && NEAR_OPERATORS.some(operator => operator in condition)) {
      if (near !== undefined) throw requestFailed('Too many geoNear expressions')
      const extracted = extractNear(path, condition)
      near = extracted.near
      if (extracted.rest !== undefined) criteria[path] = extracted.rest
    } else {
      criteria[path] = condition
    }
  }
  if (containsNear(criteria)) {
    throw requestFailed('$near and $nearSphere are only allowed at the top level of a query, once, and not inside $or, $and, $nor or $not')
  }
  if ('$where' in criteria) throw new EmulatorError(EmulatorErrorCode.InvalidParam, '$where is not supported (no server-side JavaScript)')
  if (Object.keys(criteria).length === 0) return { criteria, near, matches: () => true }
  // Compiled by the engine in any case, so a query it refuses is refused whichever way documents are judged.
  const compiled = runEngine(() => new Query(criteria, QUERY_OPTIONS))
  const native = nativeFilter(criteria)
  const byEngine = (document: Document) => runEngine(() => compiled.test(document))
  if (native === undefined) return { criteria, near, matches: byEngine }
  return { criteria, near, matches: document => native(document) ?? byEngine(document) }
}
