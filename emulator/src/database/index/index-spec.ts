import { EmulatorError, EmulatorErrorCode } from '../../errors'
import { isPlainObject } from '../../values/plain-object'

/** One field of an ascending/descending index. */
export interface IndexField {
  readonly path: string
  readonly direction: 1 | -1
}

/** An ascending/descending (possibly compound, unique, sparse) index: multikey over arrays, as MongoDB's. */
export interface ValueIndexSpec {
  readonly kind: 'value'
  readonly name: string
  readonly fields: readonly IndexField[]
  readonly unique: boolean
  /** Leave out documents that have none of the indexed fields (so they do not collide on a unique index). */
  readonly sparse: boolean
}

/** A 2dsphere index on one GeoJSON Point field. */
export interface GeoIndexSpec {
  readonly kind: '2dsphere'
  readonly name: string
  readonly path: string
}

/** An index declared on a collection. */
export type IndexSpec = ValueIndexSpec | GeoIndexSpec

const INDEX_KEYS = new Set(['name', 'keys', 'unique', 'sparse'])

function invalid(message: string): EmulatorError {
  return new EmulatorError(EmulatorErrorCode.InvalidParam, message)
}

/**
 * Reads an index declaration `{ name?, keys: { field: 1 | -1 | "2dsphere" }, unique?, sparse? }`.
 * A 2dsphere index has one field and is neither unique nor sparse; the default name is MongoDB's (`a_1_b_-1`).
 */
export function parseIndexSpec(raw: unknown, where: string): IndexSpec {
  if (!isPlainObject(raw)) throw invalid(`${where}: an index must be an object`)
  for (const key of Object.keys(raw)) {
    if (!INDEX_KEYS.has(key)) throw invalid(`${where}: unknown index property "${key}"`)
  }
  if (!isPlainObject(raw.keys) || Object.keys(raw.keys).length === 0) throw invalid(`${where}: "keys" must be a non-empty object`)
  if (raw.name !== undefined && (typeof raw.name !== 'string' || raw.name === '')) throw invalid(`${where}: "name" must be a non-empty string`)
  if (raw.unique !== undefined && typeof raw.unique !== 'boolean') throw invalid(`${where}: "unique" must be a boolean`)
  if (raw.sparse !== undefined && typeof raw.sparse !== 'boolean') throw invalid(`${where}: "sparse" must be a boolean`)
  const entries = Object.entries(raw.keys)
  for (const [path] of entries) {
    if (path === '' || path.startsWith('$') || path.split('.').some(part => part === '')) throw invalid(`${where}: "${path}" is not a field path`)
  }
  const defaultName = entries.map(([path, kind]) => `${path}_${String(kind)}`).join('_')
  const name = typeof raw.name === 'string' ? raw.name : defaultName
  const geoEntries = entries.filter(([, kind]) => kind === '2dsphere')
  if (geoEntries.length > 0) {
    const [only] = entries
    if (entries.length !== 1 || only === undefined) throw invalid(`${where}: a 2dsphere index must have exactly one field`)
    if (raw.unique === true || raw.sparse === true) throw invalid(`${where}: a 2dsphere index cannot be unique or sparse`)
    return { kind: '2dsphere', name, path: only[0] }
  }
  const fields = entries.map(([path, direction]): IndexField => {
    if (direction !== 1 && direction !== -1) throw invalid(`${where}: the direction of "${path}" must be 1, -1 or "2dsphere"`)
    return { path, direction }
  })
  return { kind: 'value', name, fields, unique: raw.unique === true, sparse: raw.sparse === true }
}

/** True when two declarations describe the same index. */
export function sameIndexSpec(a: IndexSpec, b: IndexSpec): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
