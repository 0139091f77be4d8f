import type { Database } from '../runtime/cloudbase-app'
import { typedCollection, type StoredDocument } from '../runtime/typed-collection'
import type { PersonalDataSource } from './personal-data-catalogue'

type PersonalRecord = StoredDocument & Readonly<Record<string, unknown>>

/** CloudBase returns at most 1,000 documents per query; a person's records are read page by page. */
const PAGE = 1000

/** A file field holds one file id or a list of them; anything else (null, a missing field) holds none. */
function fileIdsIn(value: unknown): string[] {
  if (typeof value === 'string' && value !== '') return [value]
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item !== '')
  return []
}

/** Reads and erases a person's records across the collections of the personal-data catalogue. */
export function personalDataRepository(db: Database, sources: readonly PersonalDataSource[]) {
  const _ = db.command
  return {
    async readAll(userId: string): Promise<Record<string, PersonalRecord[]>> {
      const result: Record<string, PersonalRecord[]> = {}
      for (const source of sources) {
        const collection = typedCollection<PersonalRecord>(db, source.collection)
        const records: PersonalRecord[] = []
        for (let skip = 0; ; skip += PAGE) {
          const page = await collection.find({ [source.ownerField]: userId }, { orderBy: [['_id', 'asc']], skip, limit: PAGE })
          records.push(...page)
          if (page.length < PAGE) break
        }
        result[source.collection] = records
      }
      return result
    },
    /** The file ids the person's records point at (their uploads), to delete before the records lose them. */
    async uploadedFileIds(userId: string): Promise<string[]> {
      const fileIds: string[] = []
      for (const source of sources) {
        const fields = source.fileFields ?? []
        if (fields.length === 0) continue
        const collection = typedCollection<PersonalRecord>(db, source.collection)
        for (let skip = 0; ; skip += PAGE) {
          const page = await collection.find({ [source.ownerField]: userId }, { orderBy: [['_id', 'asc']], skip, limit: PAGE })
          for (const record of page) {
            for (const field of fields) fileIds.push(...fileIdsIn(record[field]))
          }
          if (page.length < PAGE) break
        }
      }
      return fileIds
    },
    async eraseAll(userId: string): Promise<Record<string, number>> {
      const removed: Record<string, number> = {}
      for (const source of sources) {
        const collection = typedCollection<PersonalRecord>(db, source.collection)
        const filter = { [source.ownerField]: userId }
        if (source.onDelete === 'delete') {
          removed[source.collection] = await collection.removeWhere(filter)
        } else {
          const cleared = Object.fromEntries((source.personalFields ?? []).map(field => [field, _.remove()]))
          removed[source.collection] = await collection.updateWhere(filter, { ...cleared, [source.ownerField]: null, anonymisedAt: new Date() })
        }
      }
      return removed
    },
  }
}

export type PersonalDataRepository = ReturnType<typeof personalDataRepository>
