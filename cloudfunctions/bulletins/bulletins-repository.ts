import type { BulletinStatus } from '../../src/domain/contracts/bulletins'
import type { BulletinBody, BulletinItem, BulletinPoint } from '../../src/domain/bulletins/bulletin'
import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { isDuplicateKeyError, typedCollection } from '../runtime/typed-collection'
import type { BulletinDocument } from './bulletin-document'
import { positionKey, type ListPosition } from './bulletin-position'

export const BULLETINS_COLLECTION = 'bulletins'

/** A bulletin without its search index, which is heavy and never leaves the server. */
export type StoredBulletin = Omit<BulletinDocument, 'searchTerms' | 'titleTerms'>

/** What a list row needs: the title of the body, none of its text. */
export type BulletinRow = Pick<BulletinDocument, '_id' | 'kind' | 'status' | 'header' | 'summary' | 'readCount' | 'publishedAt' | 'updatedAt'> & {
  readonly body: Pick<BulletinBody, 'title'>
}

const WITHOUT_INDEX = { searchTerms: false, titleTerms: false } as const
const ROW_FIELDS = {
  kind: true,
  status: true,
  header: true,
  'body.title': true,
  summary: true,
  readCount: true,
  publishedAt: true,
  updatedAt: true,
} as const

/** The multikey index fields: the whole text's terms, or the title's. */
export type IndexedField = 'searchTerms' | 'titleTerms'

/** A slice of a list, newest first, starting just after `after` (the last row of the previous slice). */
export interface ListSlice {
  readonly after: ListPosition | null
  readonly limit: number
}

/** What a save, publish or unpublish writes, beside the revision, time and staff order it sets itself. */
export type BulletinChanges = Partial<
  Omit<BulletinDocument, '_id' | 'createdAt' | 'revision' | 'updatedAt' | 'staffKey' | 'publishedIssueKey'>
>

/** What happens to the published-issue key (and so to the unique index) in an update. */
export type IssueKeyChange = { readonly set: string } | 'remove' | 'keep'

/** What a conditional update expects of the stored bulletin. */
export interface UpdateExpectation {
  readonly revision?: number
  readonly statuses: readonly BulletinStatus[]
}

// Items stored before bulletins had levels carry no `points`.
type StoredItem = Omit<BulletinItem, 'points'> & { readonly points?: readonly BulletinPoint[] }

/** A stored bulletin in today's shape: an item saved before levels existed has no points. */
function withPoints<T extends { readonly body: BulletinBody }>(document: T): T {
  const items: readonly StoredItem[] = document.body.items
  if (items.every((item) => item.points !== undefined)) return document
  return { ...document, body: { ...document.body, items: items.map((item) => ({ ...item, points: item.points ?? [] })) } }
}

/** The `bulletins` collection. Only this module reads or writes it. */
export function bulletinsRepository(db: Database) {
  const bulletins = typedCollection<BulletinDocument>(db, BULLETINS_COLLECTION)
  const _ = db.command

  /** A save, publish or unpublish: the changes, one revision up, the time and the staff order. */
  function bulletinUpdate(id: string, changes: BulletinChanges, issueKey: IssueKeyChange, now: Date): Record<string, unknown> {
    const update: Record<string, unknown> = { ...changes, revision: _.inc(1), updatedAt: now, staffKey: positionKey({ at: now, id }) }
    if (issueKey === 'remove') update.publishedIssueKey = _.remove()
    else if (issueKey !== 'keep') update.publishedIssueKey = issueKey.set
    return update
  }

  return {
    /** Inserts; false when a bulletin with that id exists (a retried create). */
    async insert(document: BulletinDocument): Promise<boolean> {
      try {
        await bulletins.insert(document)
        return true
      } catch (error) {
        if (isDuplicateKeyError(error)) return false
        throw error
      }
    },

    async findById(id: string): Promise<StoredBulletin | null> {
      const found = await bulletins.findOne({ _id: id }, { fields: WITHOUT_INDEX })
      return found === null ? null : withPoints(found)
    },

    /** Published bulletins, newest first, of one kind or all: a range on `feedKey` after the cursor, never a skip. */
    async listPublished(kind: string | null, slice: ListSlice): Promise<BulletinRow[]> {
      const filter: Record<string, unknown> = { status: 'published' }
      if (kind !== null) filter.kind = kind
      if (slice.after !== null) filter.feedKey = _.lt(positionKey(slice.after))
      return await bulletins.find(filter, { orderBy: [['feedKey', 'desc']], limit: slice.limit, fields: ROW_FIELDS })
    },

    /** Every bulletin of a status (or all), most recently changed first. */
    async listForStaff(status: BulletinStatus | null, slice: ListSlice): Promise<BulletinRow[]> {
      const filter: Record<string, unknown> = {}
      if (status !== null) filter.status = status
      if (slice.after !== null) filter.staffKey = _.lt(positionKey(slice.after))
      return await bulletins.find(filter, { orderBy: [['staffKey', 'desc']], limit: slice.limit, fields: ROW_FIELDS })
    },

    /**
     * Published bulletins whose index field holds every term, newest first. The multikey index narrows them;
     * the caller still checks each with `matchesQuery`, since holding the pairs is not holding them side by side.
     */
    async searchCandidates(field: IndexedField, terms: readonly string[], kind: string | null, slice: ListSlice): Promise<StoredBulletin[]> {
      const filter: Record<string, unknown> = { status: 'published', [field]: _.all([...terms]) }
      if (kind !== null) filter.kind = kind
      if (slice.after !== null) filter.feedKey = _.lt(positionKey(slice.after))
      return (await bulletins.find(filter, { orderBy: [['feedKey', 'desc']], limit: slice.limit, fields: WITHOUT_INDEX })).map(withPoints)
    },

    /**
     * The staff order key of the most recently changed bulletin ('' with none): every save, publish,
     * correction and take-down sets a later one, so an answer made from the bulletins since is out of date.
     * Read counts do not move it.
     */
    async changeMark(): Promise<string> {
      const latest = await bulletins.find({}, { orderBy: [['staffKey', 'desc']], limit: 1, fields: { staffKey: true } })
      return latest[0]?.staffKey ?? ''
    },

    /** Bulletins carrying an issue key, for duplicate warnings. */
    async withIssueKey(issueKey: string): Promise<Pick<BulletinDocument, '_id' | 'status' | 'body'>[]> {
      return await bulletins.find({ issueKey }, { orderBy: [['_id', 'asc']], limit: 20, fields: { status: true, 'body.title': true } })
    },

    /**
     * Writes the changes if the bulletin is still at `revision` (when given) and in one of `statuses`; false
     * when another save, publish or unpublish came first, or it does not exist. One conditional update, so
     * two staff acting at once cannot both succeed. Throws a duplicate-key error when publishing would give
     * an issue a second published copy (the unique index on `publishedIssueKey`).
     */
    async updateIf(id: string, expected: UpdateExpectation, changes: BulletinChanges, issueKey: IssueKeyChange, now: Date): Promise<boolean> {
      const filter: Record<string, unknown> = { _id: id, status: _.in([...expected.statuses]) }
      if (expected.revision !== undefined) filter.revision = expected.revision
      return (await bulletins.updateWhere(filter, bulletinUpdate(id, changes, issueKey, now))) > 0
    },

    /**
     * The staff writes inside a transaction (save, publish, take down, each audited with its change):
     * there the read that decides and the write it allows are one atomic step.
     */
    in(transaction: Transaction) {
      const inTransaction = transaction.collection<BulletinDocument>(BULLETINS_COLLECTION)
      const findById = async (id: string): Promise<StoredBulletin | null> => {
        const document = await inTransaction.findById(id)
        if (document === null) return null
        const { searchTerms: _searchTerms, titleTerms: _titleTerms, ...stored } = document
        return stored
      }
      return {
        findById,
        /** Inserts; false when a bulletin with that id exists (a retried create). */
        async insert(document: BulletinDocument): Promise<boolean> {
          if ((await inTransaction.findById(document._id)) !== null) return false
          await inTransaction.insert(document)
          return true
        },
        /** As `updateIf` above. A second published copy of an issue makes the commit fail with a duplicate key. */
        async updateIf(id: string, expected: UpdateExpectation, changes: BulletinChanges, issueKey: IssueKeyChange, now: Date): Promise<boolean> {
          const current = await findById(id)
          if (current === null || !expected.statuses.includes(current.status)) return false
          if (expected.revision !== undefined && current.revision !== expected.revision) return false
          await inTransaction.updateById(id, bulletinUpdate(id, changes, issueKey, now))
          return true
        },
      }
    },

    /** One more reader of a published bulletin; false when it is not (or no longer) published. */
    async countRead(id: string): Promise<boolean> {
      return (await bulletins.updateWhere({ _id: id, status: 'published' }, { readCount: _.inc(1) })) > 0
    },

    async readCountOf(id: string): Promise<number | null> {
      const row = await bulletins.findOne({ _id: id }, { fields: { readCount: true } })
      return row?.readCount ?? null
    },
  }
}

export type BulletinsRepository = ReturnType<typeof bulletinsRepository>
