import { isPlainObject } from '../values/plain-object'

/** The value at a dotted path through embedded objects (no array traversal), or undefined. */
export function valueAtPath(document: unknown, path: string): unknown {
  let current = document
  for (const step of path.split('.')) {
    if (isPlainObject(current)) current = current[step]
    else if (Array.isArray(current) && /^\d+$/.test(step)) current = current[Number(step)]
    else return undefined
  }
  return current
}
