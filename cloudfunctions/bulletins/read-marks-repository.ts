import { createHash } from 'node:crypto'
import type { Database } from '../runtime/cloudbase-app'
import { isDuplicateKeyError, typedCollection, type StoredDocument } from '../runtime/typed-collection'

export const READ_MARKS_COLLECTION = 'bulletin_read_marks'

/**
 * "This person read this bulletin today": what keeps one person from being counted twice in a day. Kept
 * only until the next night's clean-up, and listed in the personal-data catalogue meanwhile.
 */
export interface ReadMarkDocument extends StoredDocument {
  readonly bulletinId: string
  readonly userId: string
  /** The Shanghai calendar day, `YYYY-MM-DD`. */
  readonly day: string
  readonly at: Date
}

/** The `bulletin_read_marks` collection. */
export function readMarksRepository(db: Database) {
  const marks = typedCollection<ReadMarkDocument>(db, READ_MARKS_COLLECTION)
  const _ = db.command
  return {
    /** Marks the read; false when this person was already marked for this bulletin today. Atomic by `_id`. */
    async mark(bulletinId: string, userId: string, day: string, at: Date): Promise<boolean> {
      const _id = createHash('sha256').update(`read|${bulletinId}|${userId}|${day}`).digest('hex').slice(0, 32)
      try {
        await marks.insert({ _id, bulletinId, userId, day, at })
        return true
      } catch (error) {
        if (isDuplicateKeyError(error)) return false
        throw error
      }
    },
    /** Forgets the marks of days before `day`. */
    async removeBefore(day: string): Promise<number> {
      return await marks.removeWhere({ day: _.lt(day) })
    },
  }
}

export type ReadMarksRepository = ReturnType<typeof readMarksRepository>
