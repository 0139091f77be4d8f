import { isPlainObject } from '../../values/plain-object'
import type { Document } from '../document'
import type { SortSpec } from './sort-spec'

type KeyKind = 'string' | 'number' | 'date'
type Key = string | number

/** The value at a dotted path through embedded objects only; undefined past anything else. */
function plainValueAt(document: Document, path: string): unknown {
  if (!path.includes('.')) return document[path]
  let current: unknown = document
  for (const step of path.split('.')) {
    if (!isPlainObject(current)) return undefined
    current = current[step]
  }
  return current
}

/** A sort value as a key JavaScript compares in MongoDB's order for its kind, or undefined for any other value. */
function keyOf(value: unknown): { kind: KeyKind; key: Key } | undefined {
  if (typeof value === 'string') return { kind: 'string', key: value }
  // -0 and NaN have their own places in MongoDB's order; mingo sorts them.
  if (typeof value === 'number') return Number.isNaN(value) || Object.is(value, -0) ? undefined : { kind: 'number', key: value }
  if (value instanceof Date) {
    const time = value.getTime()
    return Number.isNaN(time) ? undefined : { kind: 'date', key: time }
  }
  return undefined
}

/**
 * The first `keep` documents in the order mingo's `$sort` gives them (MongoDB's order, equal keys in the
 * order they came), with plain comparisons instead of mingo's grouping and hashing of every value: a
 * sorted page of a thousand matches is read on every call of a news feed. Only for the shapes such orders
 * take, where the two cannot differ: each sort field, in every document, a string, or a finite number, or
 * a valid Date, the same kind throughout, reached through embedded objects only. Undefined otherwise (a
 * missing field, an array, mixed kinds...), for mingo to sort.
 */
export function sortedNatively(documents: readonly Document[], sort: SortSpec, keep = Infinity): Document[] | undefined {
  const fields = Object.entries(sort)
  const width = fields.length
  const keys: Key[] = new Array<Key>(documents.length * width)
  const kinds: (KeyKind | undefined)[] = fields.map(() => undefined)
  for (let row = 0; row < documents.length; row++) {
    const document = documents[row] as Document
    for (let field = 0; field < width; field++) {
      const found = keyOf(plainValueAt(document, (fields[field] as [string, 1 | -1])[0]))
      if (found === undefined) return undefined
      const kind = kinds[field]
      if (kind === undefined) kinds[field] = found.kind
      else if (kind !== found.kind) return undefined
      keys[row * width + field] = found.key
    }
  }
  const compare = (a: number, b: number): number => {
    for (let field = 0; field < width; field++) {
      const left = keys[a * width + field] as Key
      const right = keys[b * width + field] as Key
      if (left === right) continue
      const order = left < right ? -1 : 1
      return fields[field]?.[1] === -1 ? -order : order
    }
    return 0
  }
  const rows = documents.map((_, row) => row)
  if (keep >= documents.length) {
    // Array.prototype.sort is stable: equal keys keep the order they came in, as in mingo.
    return rows.sort(compare).map(row => documents[row] as Document)
  }
  // Only the first `keep` are wanted: each row goes in after every kept row it does not come before
  // (so equal keys stay in the order they came), and the kept list never grows past `keep`.
  const kept: number[] = []
  for (const row of rows) {
    const last = kept[kept.length - 1]
    if (kept.length === keep && (keep === 0 || (last !== undefined && compare(row, last) >= 0))) continue
    let low = 0
    let high = kept.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (compare(row, kept[middle] as number) < 0) high = middle
      else low = middle + 1
    }
    kept.splice(low, 0, row)
    if (kept.length > keep) kept.pop()
  }
  return kept.map(row => documents[row] as Document)
}
