import { isPlainObject, type PlainObject } from './plain-object'

/**
 * Deep copy of a stored value. structuredClone would turn an ObjectIdValue into a plain object;
 * this keeps Dates, RegExps and ObjectIds (immutable, shared) as they are.
 */
export function cloneValue<T>(value: T): T
export function cloneValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(item => cloneValue(item))
  if (value instanceof Date) return new Date(value.getTime())
  if (value instanceof RegExp) return new RegExp(value.source, value.flags)
  if (isPlainObject(value)) return clonePlainObject(value)
  return value
}

/** Deep copy of a document or embedded object. */
export function clonePlainObject(value: PlainObject): PlainObject {
  const copy: PlainObject = {}
  for (const key of Object.keys(value)) copy[key] = cloneValue(value[key])
  return copy
}
