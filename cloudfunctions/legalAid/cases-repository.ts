import { ACTIVE_STATUSES, type CaseStatus } from '../../src/domain/legal-aid/case-status'
import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { typedCollection, type Update } from '../runtime/typed-collection'
import { CASES_COLLECTION, type CaseDocument, type TimelineEntry } from './legal-documents'

/** What a move of a case changes besides its status and timeline. */
export type CaseChanges = Partial<Pick<CaseDocument, 'received' | 'assignee' | 'handlerUserIds' | 'outcomeKind' | 'outcomeNote' | 'closedAt' | 'closedMonth' | 'finishedAt'>> & {
  /** Removes the one-booking-per-slot key: the booking ended, so the person may book the slot again. */
  readonly releaseSeat?: boolean
}

/** Fields that hold personal data, cleared when a case is anonymised (the figures keep the rest). */
export const CASE_PERSONAL_FIELDS = ['description', 'consent', 'contactName', 'phone', 'phoneMasked', 'employer', 'photos', 'seatKey', 'outcomeNote', 'ratingComment', 'timeline'] as const

/** The `legal_cases` collection. */
export function casesRepository(db: Database) {
  const cases = typedCollection<CaseDocument>(db, CASES_COLLECTION)
  const _ = db.command

  /** Objects are replaced whole (`_.set`): a plain object would be merged into the stored one field by field. */
  function moveUpdate(status: CaseStatus, changes: CaseChanges, entry: TimelineEntry, now: Date): Update {
    const { releaseSeat, ...rest } = changes
    const update: Record<string, unknown> = { status, timeline: _.push([entry]), updatedAt: now }
    for (const [key, value] of Object.entries(rest)) {
      if (value === undefined) continue
      update[key] = value !== null && typeof value === 'object' && !(value instanceof Date) ? _.set(value) : value
    }
    if (releaseSeat === true) update.seatKey = _.remove()
    return update
  }

  return {
    findById: (id: string) => cases.findById(id),
    async byUser(userId: string, skip: number, limit: number): Promise<CaseDocument[]> {
      return await cases.find({ userId }, { orderBy: [['startsAt', 'desc'], ['_id', 'asc']], skip, limit })
    },
    async inSlots(slotIds: readonly string[], statuses: readonly CaseStatus[] | null = null): Promise<CaseDocument[]> {
      if (slotIds.length === 0) return []
      const filter: Record<string, unknown> = { slotId: _.in([...slotIds]) }
      if (statuses !== null) filter.status = _.in([...statuses])
      return await cases.find(filter, { orderBy: [['startsAt', 'asc'], ['createdAt', 'asc']], limit: 1000 })
    },
    /** Cases still being worked on: a handler's own (hosted or assigned to them), or all of them. */
    async active(handlerUserId: string | null, skip: number, limit: number): Promise<CaseDocument[]> {
      const filter: Record<string, unknown> = { status: _.in(ACTIVE_STATUSES.filter(status => status !== 'booked')) }
      if (handlerUserId !== null) filter.handlerUserIds = handlerUserId
      return await cases.find(filter, { orderBy: [['startsAt', 'asc'], ['_id', 'asc']], skip, limit })
    },
    /** Finished cases that ended before `cutoff` and still hold personal data. */
    async finishedBefore(cutoff: Date, limit: number): Promise<CaseDocument[]> {
      return await cases.find(
        { finishedAt: _.lt(cutoff), anonymisedAt: _.exists(false) },
        { orderBy: [['finishedAt', 'asc']], limit },
      )
    },
    /** Clears a case's personal data, keeping what the figures count. */
    async anonymise(id: string, now: Date): Promise<boolean> {
      const cleared = Object.fromEntries(CASE_PERSONAL_FIELDS.map(field => [field, _.remove()]))
      return await cases.updateById(id, { ...cleared, userId: null, anonymisedAt: now, updatedAt: now })
    },

    in(transaction: Transaction) {
      const inTransaction = transaction.collection<CaseDocument>(CASES_COLLECTION)
      return {
        findById: (id: string) => inTransaction.findById(id),
        /** Files the case; the commit is refused for a duplicate key when the person already holds the slot. */
        insert: (document: CaseDocument) => inTransaction.insert(document),
        /** Moves the case from `from` to `status`, appending to its timeline; false when it is no longer in `from`. */
        async move(id: string, from: CaseStatus, status: CaseStatus, changes: CaseChanges, entry: TimelineEntry, now: Date): Promise<boolean> {
          const current = await inTransaction.findById(id)
          if (current === null || current.status !== from) return false
          await inTransaction.updateById(id, moveUpdate(status, changes, entry, now))
          return true
        },
        async rate(id: string, rating: NonNullable<CaseDocument['rating']>, comment: string | null, now: Date): Promise<void> {
          await inTransaction.updateById(id, { rating: _.set(rating), ratingComment: comment, updatedAt: now })
        },
      }
    },
  }
}

export type CasesRepository = ReturnType<typeof casesRepository>
