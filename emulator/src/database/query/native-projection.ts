import { isPlainObject, type PlainObject } from '../../values/plain-object'
import type { Document } from '../document'

/**
 * A projection of field paths only (`{ a: true, 'b.c': 1 }` or `{ a: 0, b: false }`), checked once per
 * query: what nearly every read sends. Anything else (operators, `$slice`, `$elemMatch`, positional,
 * paths one inside another, exclusion of embedded paths) is left to mingo.
 */
export type PlainProjection =
  | { readonly kind: 'include'; readonly paths: readonly (readonly string[])[]; readonly withId: boolean }
  | { readonly kind: 'exclude'; readonly fields: ReadonlySet<string> }

/** The projection as plain paths, or undefined when mingo must apply it. */
export function plainProjection(projection: PlainObject): PlainProjection | undefined {
  const included: string[] = []
  const excluded: string[] = []
  let withId = true
  for (const [path, value] of Object.entries(projection)) {
    if (path === '' || path.includes('$') || path.split('.').some(step => step === '')) return undefined
    const include = value === true || (typeof value === 'number' && value !== 0 && !Number.isNaN(value))
    const exclude = value === false || value === 0
    if (!include && !exclude) return undefined
    // mingo counts `_id: 1` as an inclusion like any other (so beside an exclusion it is refused); `_id: 0` goes with either.
    if (path === '_id' && exclude) withId = false
    else if (include) included.push(path)
    else excluded.push(path)
  }
  if (included.length > 0 && excluded.length > 0) return undefined
  if (included.length === 0) {
    if (excluded.some(path => path.includes('.'))) return undefined
    return { kind: 'exclude', fields: new Set(withId ? excluded : [...excluded, '_id']) }
  }
  // mingo refuses one path inside another (a path collision): leave it the refusal.
  const sorted = [...included].sort()
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1] ?? ''
    const current = sorted[index] ?? ''
    if (current === previous || current.startsWith(`${previous}.`)) return undefined
  }
  return { kind: 'include', paths: sorted.map(path => path.split('.')), withId }
}

/**
 * One document projected as mingo projects it (included paths in sorted order, `_id` put first by the
 * caller), or undefined when a path runs through something other than an embedded object (mingo's array
 * rules apply) or ends missing inside one.
 */
export function projectPlainly(document: Document, projection: PlainProjection): PlainObject | undefined {
  if (projection.kind === 'exclude') {
    const projected: PlainObject = {}
    for (const key of Object.keys(document)) if (!projection.fields.has(key)) projected[key] = document[key]
    return projected
  }
  const projected: PlainObject = {}
  for (const steps of projection.paths) {
    let source: unknown = document
    let target = projected
    for (let index = 0; index < steps.length; index++) {
      const step = steps[index] ?? ''
      if (!isPlainObject(source)) return undefined
      const value = source[step]
      if (index === steps.length - 1) {
        // An embedded object without the field: what mingo keeps of it is its business.
        if (value === undefined && index > 0) return undefined
        if (value !== undefined) target[step] = value
        break
      }
      if (value === undefined) break
      if (!isPlainObject(value)) return undefined
      const existing = target[step]
      const next = isPlainObject(existing) ? existing : {}
      target[step] = next
      target = next
      source = value
    }
  }
  if (projection.withId && document._id !== undefined) projected._id = document._id
  return projected
}
