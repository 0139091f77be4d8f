import { readFile } from 'node:fs/promises'
import { EmulatorError, EmulatorErrorCode } from '../errors'
import { isPlainObject } from '../values/plain-object'
import { parseIndexSpec, type IndexSpec } from './index/index-spec'

/** The database config file's format (what `parseDatabaseConfig` reads). */
export interface DatabaseConfigFile {
  readonly collections?: readonly {
    readonly name: string
    readonly indexes?: readonly {
      readonly name?: string
      readonly keys: Readonly<Record<string, 1 | -1 | '2dsphere'>>
      readonly unique?: boolean
      readonly sparse?: boolean
    }[]
  }[]
}

/** The emulator's database config, validated: collections created at start, with their indexes. */
export interface DatabaseConfig {
  readonly collections: readonly { readonly name: string; readonly indexes: readonly IndexSpec[] }[]
}

function invalid(message: string): EmulatorError {
  return new EmulatorError(EmulatorErrorCode.InvalidParam, message)
}

/**
 * Validates `{ "collections": [{ "name": "stations", "indexes": [{ "name"?, "keys": { "location": "2dsphere" },
 * "unique"?, "sparse"? }] }] }`. Unknown properties are refused so a typo is not silently ignored.
 */
export function parseDatabaseConfig(raw: unknown, source = 'database config'): DatabaseConfig {
  if (!isPlainObject(raw)) throw invalid(`${source}: must be a JSON object`)
  for (const key of Object.keys(raw)) if (key !== 'collections' && key !== '$schema') throw invalid(`${source}: unknown property "${key}"`)
  const list = raw.collections ?? []
  if (!Array.isArray(list)) throw invalid(`${source}: "collections" must be an array`)
  const names = new Set<string>()
  const collections = list.map((entry: unknown, position) => {
    const where = `${source}: collections[${position}]`
    if (!isPlainObject(entry)) throw invalid(`${where} must be an object`)
    for (const key of Object.keys(entry)) if (key !== 'name' && key !== 'indexes') throw invalid(`${where}: unknown property "${key}"`)
    if (typeof entry.name !== 'string' || entry.name === '') throw invalid(`${where}: "name" must be a non-empty string`)
    if (names.has(entry.name)) throw invalid(`${where}: collection "${entry.name}" is declared twice`)
    names.add(entry.name)
    const rawIndexes = entry.indexes ?? []
    if (!Array.isArray(rawIndexes)) throw invalid(`${where}: "indexes" must be an array`)
    const indexes = rawIndexes.map((index: unknown, indexPosition) => parseIndexSpec(index, `${where}.indexes[${indexPosition}]`))
    const indexNames = new Set<string>()
    for (const index of indexes) {
      if (index.name === '_id_' || indexNames.has(index.name)) throw invalid(`${where}: index name "${index.name}" is used twice (or is the implicit _id_)`)
      indexNames.add(index.name)
    }
    return { name: entry.name, indexes }
  })
  return { collections }
}

/** Reads and validates a database config file. */
export async function readDatabaseConfig(path: string): Promise<DatabaseConfig> {
  const text = await readFile(path, 'utf8')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw invalid(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  return parseDatabaseConfig(raw, path)
}

/** The declared indexes by collection name, what DatabaseStore is built with. */
export function declaredIndexes(config: DatabaseConfig): Map<string, readonly IndexSpec[]> {
  return new Map(config.collections.map(collection => [collection.name, collection.indexes]))
}
