import type { Database } from './cloudbase-app'

/** A stored document: every collection's documents have a string `_id`. */
export interface StoredDocument {
  readonly _id: string
}

export type Filter = Readonly<Record<string, unknown>>
export type Update = Readonly<Record<string, unknown>>

export interface FindOptions {
  readonly orderBy?: readonly (readonly [field: string, direction: 'asc' | 'desc'])[]
  readonly skip?: number
  readonly limit?: number
  readonly fields?: Readonly<Record<string, boolean>>
}

/** The SDK's answers are untyped; these guards are the one place that reads them. */
interface SdkListAnswer {
  readonly data: unknown
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function readList<T>(answer: unknown): T[] {
  const data = isRecord(answer) ? (answer as unknown as SdkListAnswer).data : undefined
  if (!Array.isArray(data)) throw new Error('database answered without a document list')
  return data as T[]
}

function readCount(answer: unknown, field: 'updated' | 'deleted' | 'total'): number {
  const value = isRecord(answer) ? answer[field] : undefined
  if (typeof value !== 'number') throw new Error(`database answered without "${field}"`)
  return value
}

/** True when a write failed because a document with that `_id` or unique key already exists. */
export function isDuplicateKeyError(error: unknown): boolean {
  if (!isRecord(error)) return false
  const code = typeof error.code === 'string' ? error.code : ''
  const message = typeof error.message === 'string' ? error.message : ''
  return /DUPLICATE/i.test(code) || /duplicate key|E11000/i.test(message)
}

/**
 * A typed view of one collection over the SDK. Repositories are built on it; nothing else touches
 * `db.collection`. Its methods map one to one onto SDK calls, so what CloudBase guarantees
 * (atomic conditional updates, duplicate `_id` refusal) holds unchanged.
 */
export interface TypedCollection<T extends StoredDocument> {
  readonly name: string
  findById(id: string): Promise<T | null>
  find(filter: Filter, options?: FindOptions): Promise<T[]>
  findOne(filter: Filter, options?: Omit<FindOptions, 'limit'>): Promise<T | null>
  count(filter: Filter): Promise<number>
  /** Inserts; throws a duplicate-key error (see `isDuplicateKeyError`) when the `_id` exists. */
  insert(document: T): Promise<void>
  insertMany(documents: readonly T[]): Promise<void>
  /** Applies `update` to every matching document atomically per document; returns how many changed. */
  updateWhere(filter: Filter, update: Update): Promise<number>
  updateById(id: string, update: Update): Promise<boolean>
  /** Updates the first match atomically and answers it as it is after the update (MongoDB's findAndModify); null when none matched. */
  updateOneAndReturn(filter: Filter, update: Update): Promise<T | null>
  /** Replaces (or creates) the whole document. */
  replace(document: T): Promise<void>
  removeWhere(filter: Filter): Promise<number>
  removeById(id: string): Promise<boolean>
  /** Runs an aggregation pipeline of plain MongoDB stages (`{ $match }`, `{ $group }`…) and answers its rows. */
  aggregate<R>(pipeline: readonly Readonly<Record<string, unknown>>[]): Promise<R[]>
}

type AggregationStage = 'match' | 'group' | 'sort' | 'project' | 'limit' | 'skip' | 'unwind' | 'addFields' | 'count'

/** MongoDB's stage names and the SDK builder's method for each. */
const AGGREGATION_STAGES: ReadonlyMap<string, AggregationStage> = new Map(
  (['match', 'group', 'sort', 'project', 'limit', 'skip', 'unwind', 'addFields', 'count'] as const).map(stage => [`$${stage}`, stage]),
)

export function typedCollection<T extends StoredDocument>(db: Database, name: string): TypedCollection<T> {
  const collection = () => db.collection(name)

  const find = async (filter: Filter, options: FindOptions = {}): Promise<T[]> => {
    let query = collection().where(filter)
    for (const [field, direction] of options.orderBy ?? []) query = query.orderBy(field, direction)
    if (options.skip) query = query.skip(options.skip)
    if (options.limit) query = query.limit(options.limit)
    if (options.fields) query = query.field(options.fields)
    return readList<T>(await query.get())
  }

  return {
    name,
    async findById(id) {
      const [document] = readList<T>(await collection().doc(id).get())
      return document ?? null
    },
    find,
    async findOne(filter, options = {}) {
      const [document] = await find(filter, { ...options, limit: 1 })
      return document ?? null
    },
    async count(filter) {
      return readCount(await collection().where(filter).count(), 'total')
    },
    async insert(document) {
      await collection().add(document)
    },
    async insertMany(documents) {
      if (documents.length > 0) await collection().add([...documents])
    },
    async updateWhere(filter, update) {
      return readCount(await collection().where(filter).update(update), 'updated')
    },
    async updateById(id, update) {
      return readCount(await collection().doc(id).update(update), 'updated') > 0
    },
    async updateOneAndReturn(filter, update) {
      const answer: unknown = await collection().where(filter).updateAndReturn(update)
      const doc = isRecord(answer) ? answer.doc : undefined
      return isRecord(doc) ? (doc as unknown as T) : null
    },
    async replace(document) {
      const { _id, ...rest } = document
      await collection().doc(_id).set(rest)
    },
    async removeWhere(filter) {
      return readCount(await collection().where(filter).remove(), 'deleted')
    },
    async removeById(id) {
      return readCount(await collection().doc(id).remove(), 'deleted') > 0
    },
    async aggregate<R>(pipeline: readonly Readonly<Record<string, unknown>>[]) {
      // Stage by stage through the SDK's builder: SDK 3.18.3 sends a pipeline given whole as no stages at all.
      let aggregation = collection().aggregate()
      for (const stage of pipeline) {
        const [stageName, ...others] = Object.keys(stage)
        const method = stageName === undefined || others.length > 0 ? undefined : AGGREGATION_STAGES.get(stageName)
        if (stageName === undefined || method === undefined) throw new Error(`unsupported aggregation stage ${JSON.stringify(Object.keys(stage))}`)
        aggregation = aggregation[method](stage[stageName])
      }
      return readList<R>(await aggregation.end())
    },
  }
}
