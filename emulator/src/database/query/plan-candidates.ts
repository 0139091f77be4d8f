import { ObjectIdValue } from '../../values/object-id'
import { isPlainObject, type PlainObject } from '../../values/plain-object'
import type { Collection } from '../collection'
import { documentIdKey, isDocumentId } from '../document-id'
import { isIndexableQueryValue } from '../index/index-key'
import { intersectSlots, unionSlots } from '../index/sorted-slots'
import type { ValueIndex } from '../index/value-index'

/** A condition on one field that an index can answer. */
type FieldPredicate =
  | { readonly kind: 'eq'; readonly value: unknown }
  | { readonly kind: 'in'; readonly values: readonly unknown[] }
  | { readonly kind: 'all'; readonly values: readonly unknown[] }

/**
 * How a query finds its candidates: every document, or the ascending slots index lookups gave.
 * `covered` maps the top-level fields whose whole condition the lookups answered exactly to whether
 * the field must still be checked to be an array (mingo's `$all` never matches a scalar field, while
 * the field's posting holds scalars too); the candidates need not be tested against them otherwise.
 */
export type CandidatePlan =
  | { readonly kind: 'scan' }
  | { readonly kind: 'slots'; readonly slots: readonly number[]; readonly via: string; readonly covered: ReadonlyMap<string, boolean> }

/**
 * Values whose posting is exactly the set of documents the equality matches (not a superset):
 * strings, numbers, booleans, Dates and ObjectIds. Null (which also matches missing fields) and
 * embedded objects are left to be re-tested.
 */
function isExactValue(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && !Number.isNaN(value)) ||
    value instanceof Date || value instanceof ObjectIdValue
}

/** True when a top-level condition is only equality/`$eq`/`$in`/`$all` of exact values: an index lookup answers it entirely. */
function isExactlyIndexable(condition: unknown): boolean {
  if (!isPlainObject(condition)) return isExactValue(condition)
  const keys = Object.keys(condition)
  if (keys.length === 0) return false
  return keys.every(key => {
    const argument = condition[key]
    if (key === '$eq') return isExactValue(argument)
    if (key === '$in') return Array.isArray(argument) && argument.every(isExactValue)
    if (key === '$all') return Array.isArray(argument) && argument.length > 0 && argument.every(isExactValue)
    return false
  })
}

function predicatesOf(condition: unknown): FieldPredicate[] {
  if (!isPlainObject(condition) || !Object.keys(condition).some(key => key.startsWith('$'))) {
    return isIndexableQueryValue(condition) ? [{ kind: 'eq', value: condition }] : []
  }
  const predicates: FieldPredicate[] = []
  if ('$eq' in condition && isIndexableQueryValue(condition.$eq)) predicates.push({ kind: 'eq', value: condition.$eq })
  const inValues = condition.$in
  if (Array.isArray(inValues) && inValues.every(isIndexableQueryValue)) predicates.push({ kind: 'in', values: inValues })
  const allValues = condition.$all
  if (Array.isArray(allValues) && allValues.length > 0 && allValues.every(isIndexableQueryValue)) predicates.push({ kind: 'all', values: allValues })
  return predicates
}

/** The field conditions every match must meet: top-level fields and those of nested `$and`s. */
function conjuncts(criteria: PlainObject, into: Map<string, FieldPredicate[]> = new Map()): Map<string, FieldPredicate[]> {
  for (const [path, condition] of Object.entries(criteria)) {
    if (path === '$and' && Array.isArray(condition)) {
      for (const part of condition) if (isPlainObject(part)) conjuncts(part, into)
      continue
    }
    if (path.startsWith('$')) continue
    const predicates = predicatesOf(condition)
    if (predicates.length > 0) into.set(path, [...(into.get(path) ?? []), ...predicates])
  }
  return into
}

type Slots = readonly number[]

function idLookup(collection: Collection, predicates: readonly FieldPredicate[]): Slots | undefined {
  const lists: Slots[] = []
  for (const predicate of predicates) {
    const values = predicate.kind === 'eq' ? [predicate.value] : predicate.kind === 'in' ? predicate.values : undefined
    if (values === undefined) continue
    const slots = new Set<number>()
    for (const value of values) {
      if (!isDocumentId(value)) continue
      const stored = collection.get(documentIdKey(value))
      if (stored !== undefined) slots.add(stored.slot)
    }
    lists.push([...slots].sort((a, b) => a - b))
  }
  return intersectAll(lists)
}

function singleFieldLookup(index: ValueIndex, predicates: readonly FieldPredicate[]): Slots | undefined {
  const lists: Slots[] = []
  for (const predicate of predicates) {
    switch (predicate.kind) {
      case 'eq':
        lists.push(index.lookupValue(predicate.value))
        break
      case 'in':
        lists.push(unionSlots(predicate.values.map(value => index.lookupValue(value))))
        break
      case 'all': {
        const result = intersectAll(predicate.values.map(value => index.lookupValue(value)))
        if (result !== undefined) lists.push(result)
        break
      }
    }
  }
  return intersectAll(lists)
}

function compoundLookup(index: ValueIndex, byPath: ReadonlyMap<string, FieldPredicate[]>): Slots | undefined {
  const values: unknown[] = []
  for (const field of index.spec.fields) {
    const equality = byPath.get(field.path)?.find(predicate => predicate.kind === 'eq')
    if (equality === undefined || equality.kind !== 'eq') break
    values.push(equality.value)
  }
  return values.length === 0 ? undefined : index.lookupPrefix(values)
}

function intersectAll(lists: readonly Slots[]): Slots | undefined {
  if (lists.length === 0) return undefined
  const bySize = [...lists].sort((a, b) => a.length - b.length)
  let result = bySize[0] ?? []
  for (const list of bySize.slice(1)) {
    if (result.length === 0) break
    result = intersectSlots(result, list)
  }
  return result
}

/**
 * Chooses candidates as MongoDB's planner would for the common shapes: `_id` equality or `$in` is a
 * direct lookup; equality, `$in` and `$all` on an indexed field (multikey for arrays) or on a prefix
 * of a compound index read the postings. Every usable lookup is intersected, smallest first (each
 * list is a superset of the matches, so the intersection is too). With nothing usable, a scan.
 * Candidates are then tested against the whole query, so the plan changes speed, never results.
 */
export function planCandidates(collection: Collection, criteria: PlainObject): CandidatePlan {
  const byPath = conjuncts(criteria)
  if (byPath.size === 0) return { kind: 'scan' }
  const lookups: { slots: Slots; via: string }[] = []
  const covered = new Map<string, boolean>()
  const coverIfExact = (path: string): void => {
    const condition = criteria[path]
    if (!path.includes('.') && path in criteria && isExactlyIndexable(condition)) covered.set(path, isPlainObject(condition) && '$all' in condition)
  }
  const idPredicates = byPath.get('_id')
  if (idPredicates !== undefined) {
    const slots = idLookup(collection, idPredicates)
    if (slots !== undefined) {
      lookups.push({ slots, via: '_id_' })
      if (!isPlainObject(criteria._id) || !('$all' in criteria._id)) coverIfExact('_id')
    }
  }
  for (const index of collection.valueIndexes) {
    const path = index.spec.fields[0]?.path ?? ''
    const slots = index.width === 1 ? singleFieldLookup(index, byPath.get(path) ?? []) : compoundLookup(index, byPath)
    if (slots === undefined) continue
    lookups.push({ slots, via: index.spec.name })
    if (index.width === 1) coverIfExact(path)
  }
  if (lookups.length === 0) return { kind: 'scan' }
  lookups.sort((a, b) => a.slots.length - b.slots.length)
  const slots = intersectAll(lookups.map(lookup => lookup.slots)) ?? []
  return { kind: 'slots', slots, via: lookups.map(lookup => lookup.via).join(' ∩ '), covered }
}
