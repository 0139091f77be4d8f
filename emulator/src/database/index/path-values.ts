import { isPlainObject } from '../../values/plain-object'

/** Marks a path that leads nowhere in (a branch of) a document. MongoDB indexes it as null. */
export const MISSING = Symbol('missing')

/** What a path resolves to in a document, one entry per branch, and whether an array was expanded on the way. */
export interface PathValues {
  readonly values: unknown[]
  readonly expandedArray: boolean
}

/**
 * Every value a dotted path reaches, traversing arrays as MongoDB does for queries and multikey indexes:
 * a non-numeric step into an array visits each element; a numeric step takes that element and
 * (since the element may be an object with a field named like a number) also visits each element.
 * A leaf array is expanded into its elements. The result is a superset of what an equality can match.
 */
export function pathValues(document: unknown, path: string): PathValues {
  const values: unknown[] = []
  let expandedArray = false
  const visit = (current: unknown, steps: readonly string[], index: number): void => {
    if (index === steps.length) {
      if (Array.isArray(current)) {
        expandedArray = true
        if (current.length === 0) values.push(current)
        for (const item of current) values.push(item)
      } else values.push(current)
      return
    }
    const step = steps[index] ?? ''
    if (Array.isArray(current)) {
      expandedArray = true
      if (/^\d+$/.test(step)) {
        const position = Number(step)
        if (position < current.length) visit(current[position], steps, index + 1)
      }
      if (current.length === 0) values.push(MISSING)
      for (const item of current) {
        if (isPlainObject(item)) visit(item, steps, index)
        else values.push(MISSING)
      }
      return
    }
    if (isPlainObject(current) && Object.prototype.hasOwnProperty.call(current, step)) {
      visit(current[step], steps, index + 1)
      return
    }
    values.push(MISSING)
  }
  visit(document, path.split('.'), 0)
  return { values, expandedArray }
}
