/** A document or embedded object: a plain JSON-like object, not a Date, RegExp, ObjectId or array. */
export type PlainObject = Record<string, unknown>

/** True for `{}`-style objects (prototype Object or null), false for arrays, Dates, class instances. */
export function isPlainObject(value: unknown): value is PlainObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
