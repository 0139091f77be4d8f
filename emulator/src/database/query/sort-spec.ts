import { EmulatorError, EmulatorErrorCode } from '../../errors'
import { isPlainObject } from '../../values/plain-object'

/** A sort order: field paths with 1 (ascending) or -1 (descending), in priority order. */
export type SortSpec = Record<string, 1 | -1>

function invalid(message: string): EmulatorError {
  return new EmulatorError(EmulatorErrorCode.InvalidParam, message)
}

function direction(value: unknown, path: string): 1 | -1 {
  if (value === 1 || value === 'asc') return 1
  if (value === -1 || value === 'desc') return -1
  throw invalid(`order of "${path}" must be 1/-1 or "asc"/"desc"`)
}

function checkPath(path: unknown): string {
  if (typeof path !== 'string' || path === '' || path.startsWith('$')) throw invalid(`order field "${String(path)}" is not a field path`)
  return path
}

/**
 * Reads the `order` of a query: `{ field: 1 | -1 }` as @cloudbase/database 1.4 sends it
 * (`orderBy` merges fields into one object, first call first), or the older `[{ field, direction }]`.
 * An empty order is no order.
 */
export function parseSortSpec(order: unknown): SortSpec | undefined {
  const spec: SortSpec = {}
  if (Array.isArray(order)) {
    for (const item of order) {
      if (!isPlainObject(item)) throw invalid('order entries must be { field, direction }')
      const path = checkPath(item.field)
      spec[path] = direction(item.direction, path)
    }
  } else if (isPlainObject(order)) {
    for (const [path, value] of Object.entries(order)) spec[checkPath(path)] = direction(value, path)
  } else {
    throw invalid('order must be an object of field → 1 | -1')
  }
  return Object.keys(spec).length === 0 ? undefined : spec
}
