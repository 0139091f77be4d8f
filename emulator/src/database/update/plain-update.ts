import { isEqual } from 'mingo/util'
import { cloneValue } from '../../values/clone-value'
import { isPlainObject, type PlainObject } from '../../values/plain-object'

/** The operators applied here; any other sends the whole update to mingo. */
const PLAIN_OPERATORS = new Set(['$set', '$inc', '$unset', '$push'])

/** A path step that is an array index, a positional operator or otherwise not a plain field name. */
function isPlainStep(step: string): boolean {
  return step !== '' && !step.startsWith('$') && !/^\d+$/.test(step)
}

/**
 * The objects along `steps` (all but the last), created where missing, or null when one of them is not a
 * plain object (an array, a Date, a scalar): MongoDB's rules there (indexes into arrays, refusals) are mingo's.
 */
function parentOf(document: PlainObject, steps: readonly string[], create: boolean): PlainObject | null | undefined {
  let current = document
  for (const step of steps.slice(0, -1)) {
    const next = current[step]
    if (next === undefined) {
      if (!create) return undefined
      const made: PlainObject = {}
      current[step] = made
      current = made
      continue
    }
    if (!isPlainObject(next)) return null
    current = next
  }
  return current
}

/** The pushed values of a `$push` argument: `{ $each: [...] }` alone (what the SDK's `push([...])` sends) or one value. */
function pushedValues(argument: unknown): readonly unknown[] | null {
  if (!isPlainObject(argument)) return Array.isArray(argument) ? null : [argument]
  const keys = Object.keys(argument)
  if (keys.length === 1 && keys[0] === '$each' && Array.isArray(argument.$each)) return argument.$each
  // $position, $slice, $sort, or an embedded document that needs mingo's checks.
  return null
}

/** Whether the modifier lies within what `applyPlainUpdate` does itself. */
function isPlainModifier(modifier: PlainObject): boolean {
  const paths: string[] = []
  for (const [operator, fields] of Object.entries(modifier)) {
    if (!PLAIN_OPERATORS.has(operator) || !isPlainObject(fields)) return false
    for (const [path, argument] of Object.entries(fields)) {
      if (!path.split('.').every(isPlainStep)) return false
      if (operator === '$inc' && typeof argument !== 'number') return false
      if (operator === '$push' && pushedValues(argument) === null) return false
      paths.push(path)
    }
  }
  // Two paths where one contains the other conflict: MongoDB refuses that, and so does mingo.
  const sorted = [...paths].sort()
  return sorted.every((path, index) => index === 0 || (sorted[index - 1] !== path && !path.startsWith(`${sorted[index - 1]}.`)))
}

/**
 * Applies the everyday update operators (`$set`, `$inc`, `$unset`, `$push` of values, on plain field
 * paths) to `document` in place, as mingo's updater does, answering whether anything changed; null,
 * with the document untouched, for anything else (positional paths, arrays on the way, `$push`
 * modifiers, other operators), which the caller leaves to mingo.
 *
 * Why: mingo's updater builds its whole operator context afresh on every call, and a sign-up rush or a
 * crowd is mostly such small updates of one document. native-update-paths.test.ts holds this to mingo's
 * exact answers.
 */
export function applyPlainUpdate(document: PlainObject, modifier: PlainObject): boolean | null {
  if (!isPlainModifier(modifier)) return null
  // Every parent is checked before anything is written, so a refusal leaves the document as it was.
  for (const fields of Object.values(modifier)) {
    for (const path of Object.keys(fields as PlainObject)) {
      const found = parentOf(document, path.split('.'), false)
      if (found === null) return null
      const last = path.split('.').at(-1) ?? ''
      if (found !== undefined && (modifier.$push as PlainObject | undefined)?.[path] !== undefined && found[last] !== undefined && !Array.isArray(found[last])) return null
      if (found !== undefined && (modifier.$inc as PlainObject | undefined)?.[path] !== undefined && found[last] !== undefined && typeof found[last] !== 'number') return null
    }
  }
  let changed = false
  for (const [operator, fields] of Object.entries(modifier)) {
    for (const [path, argument] of Object.entries(fields as PlainObject)) {
      const steps = path.split('.')
      const last = steps[steps.length - 1] ?? ''
      if (operator === '$unset') {
        const parent = parentOf(document, steps, false)
        if (parent !== undefined && parent !== null && last in parent) {
          delete parent[last]
          changed = true
        }
        continue
      }
      const parent = parentOf(document, steps, true)
      if (parent === null || parent === undefined) return null
      if (operator === '$set') {
        if (isEqual(parent[last], argument)) continue
        parent[last] = cloneValue(argument)
        changed = true
      } else if (operator === '$inc') {
        const previous = parent[last]
        // mingo leaves a NaN as it is (MongoDB's NaN + n is NaN too).
        if (typeof previous === 'number' && Number.isNaN(previous)) continue
        const next = ((previous as number | undefined) || 0) + (argument as number)
        parent[last] = next
        if (next !== previous) changed = true
      } else {
        const values = pushedValues(argument) ?? []
        const existing = parent[last]
        if (Array.isArray(existing)) {
          for (const value of values) existing.push(cloneValue(value))
          if (values.length > 0) changed = true
        } else {
          parent[last] = values.map(value => cloneValue(value))
          changed = true
        }
      }
    }
  }
  return changed
}
