import { Query } from 'mingo/query'
import type { Options } from 'mingo/types'
import { isOperator, MingoError, resolve } from 'mingo/util'
import { isPlainObject, type PlainObject } from '../../../values/plain-object'
import { plainConditions } from './plain-conditions'

const LOGICAL = new Set(['$and', '$or', '$nor'])

/** An embedded array is matched as the document MongoDB sees in it: its items under "0", "1"... */
function asEmbeddedDocument(value: unknown): PlainObject | undefined {
  if (isPlainObject(value)) return value
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, index) => [String(index), item]))
  return undefined
}

/**
 * The test one array element must pass. `{ $gt: 2 }` (operators only) tests the element itself;
 * field conditions (`{ value: { $exists: true } }`) apply to embedded documents only, so a string or
 * number never matches them, as in MongoDB. mingo tests scalars against field conditions too, and
 * `{ value: { $exists: true } }` then matches `["Go"]`.
 */
export function elementPredicate(criteria: unknown, options: Options): (element: unknown) => boolean {
  if (!isPlainObject(criteria)) throw new MingoError('$elemMatch needs an Object')
  const keys = Object.keys(criteria)
  if (keys.length > 0 && keys.every(key => isOperator(key) && !LOGICAL.has(key))) {
    const query = new Query({ element: criteria }, options)
    return element => query.test({ element })
  }
  const query = new Query(criteria, options)
  const plain = plainConditions(criteria)
  return element => {
    const embedded = asEmbeddedDocument(element)
    return embedded !== undefined && (plain?.(embedded) ?? query.test(embedded))
  }
}

/** `{ field: { $elemMatch: criteria } }` in queries (and `$pull` conditions). */
export function $elemMatch(selector: string, criteria: unknown, options: Options): (document: PlainObject) => boolean {
  const matches = elementPredicate(criteria, options)
  return document => {
    const value = resolve(document, selector, { unwrapArray: true })
    return Array.isArray(value) && value.some(matches)
  }
}

/** `field({ list: _.project.elemMatch(criteria) })`: the first matching element only, with the same element rule. */
export function $elemMatchProjection(document: PlainObject, criteria: unknown, field: string, options: Options): unknown[] | undefined {
  const list = resolve(document, field)
  if (!Array.isArray(list)) return undefined
  const matches = elementPredicate(criteria, options)
  const first = list.find(matches)
  return first === undefined ? undefined : [first]
}
