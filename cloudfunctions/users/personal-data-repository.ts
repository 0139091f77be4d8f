import { isOwnUpload } from '../../src/domain/storage/upload-folder'
import type { Database } from '../runtime/cloudbase-app'
import { typedCollection, type StoredDocument } from '../runtime/typed-collection'
import type { PersonalDataSource } from './personal-data-catalogue'

type PersonalRecord = StoredDocument & Readonly<Record<string, unknown>>

/** CloudBase returns at most 1,000 documents per query; a person's records are read page by page. */
const PAGE = 1000

/** A storage file id; anything else in a file field is not a file this person can have deleted. */
const FILE_ID = /^cloud:\/\/[^/]+\/.+/

/** A file field holds one file id or a list of them; anything else (null, a missing field) holds none. */
function fileIdsIn(value: unknown): string[] {
  const values: readonly unknown[] = Array.isArray(value) ? value : [value]
  return values.filter((item): item is string => typeof item === 'string' && FILE_ID.test(item))
}

/** Reads and erases a person's records across the collections of the personal-data catalogue. */
export function personalDataRepository(db: Database, sources: readonly PersonalDataSource[]) {
  const _ = db.command

  async function recordsOf(source: PersonalDataSource, userId: string): Promise<PersonalRecord[]> {
    const collection = typedCollection<PersonalRecord>(db, source.collection)
    const records: PersonalRecord[] = []
    for (let skip = 0; ; skip += PAGE) {
      const page = await collection.find({ [source.ownerField]: userId }, { orderBy: [['_id', 'asc']], skip, limit: PAGE })
      records.push(...page)
      if (page.length < PAGE) break
    }
    return records
  }

  return {
    async readAll(userId: string): Promise<Record<string, PersonalRecord[]>> {
      const result: Record<string, PersonalRecord[]> = {}
      for (const source of sources) result[source.collection] = await recordsOf(source, userId)
      return result
    },
    /**
     * The file ids the person's records point at that lie in their own upload folders, to delete before
     * the records lose them. A record pointing at someone else's file never gets that file deleted.
     */
    async uploadedFileIds(userId: string): Promise<string[]> {
      const fileIds: string[] = []
      for (const source of sources) {
        const fields = source.fileFields ?? []
        if (fields.length === 0) continue
        for (const record of await recordsOf(source, userId)) {
          for (const field of fields) fileIds.push(...fileIdsIn(record[field]).filter(fileId => isOwnUpload(fileId, userId)))
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
