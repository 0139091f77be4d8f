import { CLAIMS_COLLECTION, COURSES_COLLECTION, type ClaimDocument, type CourseDocument } from '../../src/domain/training/stored-documents'
import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { isDuplicateKeyError, typedCollection, type Update } from '../runtime/typed-collection'

/** The outcome of claiming a place. */
export type ClaimOutcome = 'claimed' | 'already-held' | 'full' | 'missing'

/** A claim older than this was never written and never will be (a transaction lives 30 s at most). */
export const STALE_CLAIM_MS = 60_000

/** The claims made more than `maxAgeMs` ago and not yet known to be written: the only ones that may be stale. */
export function oldClaims(course: Pick<CourseDocument, 'claimedAt'>, now: Date, maxAgeMs: number): string[] {
  return Object.entries(course.claimedAt ?? {})
    .filter(([, at]) => now.getTime() - at.getTime() > maxAgeMs)
    .map(([enrollmentId]) => enrollmentId)
}

/** The counter of the open pool's held places; a quota's is `quotaTaken.<quotaId>`. */
export const OPEN_POOL = 'openTaken'

/** Courses are few (dozens a year): lists read them whole and sort in memory. */
const ALL_COURSES = 1000

/** The `training_courses` collection and its place ledger (with `training_claims`). */
export function coursesRepository(db: Database) {
  const courses = typedCollection<CourseDocument>(db, COURSES_COLLECTION)
  const claims = typedCollection<ClaimDocument>(db, CLAIMS_COLLECTION)
  const _ = db.command

  async function claimWhere(filter: Record<string, unknown>, counter: string, course: Pick<CourseDocument, '_id'>, enrollmentId: string, now: Date): Promise<ClaimOutcome> {
    const claimed = await courses.updateWhere(
      { _id: course._id, status: 'published', holders: _.neq(enrollmentId), ...filter },
      // The pool is noted for a quota's claim only: an open-pool claim is the default, and every byte of this
      // document is read back by each sign-up of a rush.
      { [counter]: _.inc(1), holders: _.push([enrollmentId]), [`claimedAt.${enrollmentId}`]: now, ...(counter === OPEN_POOL ? {} : { [`claimPools.${enrollmentId}`]: counter }), updatedAt: now },
    )
    if (claimed > 0) return 'claimed'
    const current = await courses.findById(course._id)
    if (current === null || current.status !== 'published') return 'missing'
    if ((current.holders ?? []).includes(enrollmentId)) return 'already-held'
    return 'full'
  }

  return {
    findById: (id: string) => courses.findById(id),
    async findBySession(sessionId: string): Promise<CourseDocument | null> {
      return await courses.findOne({ 'sessions.sessionId': sessionId })
    },
    async published(): Promise<CourseDocument[]> {
      return await courses.find({ status: 'published' }, { limit: ALL_COURSES })
    },
    async newestFirst(skip: number, limit: number): Promise<CourseDocument[]> {
      return await courses.find({}, { orderBy: [['createdAt', 'desc'], ['_id', 'asc']], skip, limit })
    },
    /** Published courses still to run or running: for the timer's passes. */
    async live(): Promise<CourseDocument[]> {
      return await courses.find({ status: 'published' }, { limit: ALL_COURSES })
    },
    async cancelPending(): Promise<CourseDocument[]> {
      return await courses.find({ cancelPending: true }, { limit: ALL_COURSES })
    },
    /**
     * Draws the next waitlist ticket, atomically: answers it with the count of those gone from the queue as
     * of the draw. With `whileFull`, only while the open pool still has that size and every place of it
     * held, as a sign-up read it; null when the course is no longer published (or no longer so full).
     */
    async drawTicket(courseId: string, now: Date, whileFull: Pick<CourseDocument, 'openCapacity'> | null): Promise<{ readonly ticket: number; readonly gone: number } | null> {
      const full = whileFull === null ? {} : { openCapacity: whileFull.openCapacity ?? 0, openTaken: _.gte(whileFull.openCapacity ?? 0) }
      const after = await courses.updateOneAndReturn({ _id: courseId, status: 'published', ...full }, { waitTickets: _.inc(1), updatedAt: now })
      return after === null ? null : { ticket: after.waitTickets ?? 0, gone: after.waitGone ?? 0 }
    },
    /** A drawn ticket no enrollment took (a concurrent attempt of the same request wrote first): counted as gone, so later tickets rank right. */
    async ticketUnused(courseId: string, now: Date): Promise<void> {
      await courses.updateWhere({ _id: courseId }, { waitGone: _.inc(1), updatedAt: now })
    },
    /** Writes the courses that are missing (demo data); existing ones, maybe edited by staff, are kept. */
    async seed(documents: readonly CourseDocument[]): Promise<number> {
      const missing: CourseDocument[] = []
      for (const document of documents) if ((await courses.findById(document._id)) === null) missing.push(document)
      await courses.insertMany(missing)
      return missing.length
    },
    async titlesOf(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
      if (ids.length === 0) return new Map()
      const found = await courses.find({ _id: _.in([...new Set(ids)]) }, { limit: ALL_COURSES, fields: { title: true } })
      return new Map(found.map(course => [course._id, course.title]))
    },

    /**
     * Claims an open-pool place in one atomic conditional update: only while the course is published,
     * its open pool is the one read, fewer places are held than it has and the enrollment holds none.
     * So thousands racing for the last place make exactly one claim.
     */
    claimOpen(course: Pick<CourseDocument, '_id' | 'openCapacity'>, enrollmentId: string, now: Date): Promise<ClaimOutcome> {
      const capacity = course.openCapacity ?? 0
      return claimWhere({ openCapacity: capacity, openTaken: _.lt(capacity) }, OPEN_POOL, course, enrollmentId, now)
    },
    /** Claims a place of a quota still reserved (a released quota has no counter left to match). */
    claimQuota(course: Pick<CourseDocument, '_id'>, quotaId: string, places: number, enrollmentId: string, now: Date): Promise<ClaimOutcome> {
      return claimWhere({ [`quotaTaken.${quotaId}`]: _.lt(places) }, `quotaTaken.${quotaId}`, course, enrollmentId, now)
    },
    /** The course's claims older than `maxAgeMs` that no enrollment settled: given up, their places to give back. */
    async staleClaims(course: Pick<CourseDocument, '_id' | 'claimedAt' | 'claimPools'>, now: Date, maxAgeMs: number): Promise<{ readonly enrollmentId: string; readonly counter: string }[]> {
      const old = oldClaims(course, now, maxAgeMs)
      if (old.length === 0) return []
      const found = await claims.find({ _id: _.in(old) }, { limit: 1000 })
      const verdicts = new Map(found.map(claim => [claim._id, claim.verdict]))
      const written = old.filter(id => verdicts.get(id) === 'enrolled')
      if (written.length > 0) {
        await courses.updateWhere({ _id: course._id }, Object.fromEntries(written.flatMap(id => [[`claimedAt.${id}`, _.remove()], [`claimPools.${id}`, _.remove()]])))
      }
      return old.filter(id => verdicts.get(id) !== 'enrolled').map(enrollmentId => ({ enrollmentId, counter: course.claimPools?.[enrollmentId] ?? OPEN_POOL }))
    },
    /**
     * Gives back a place claimed but never written: first settles the claim as void, so a sign-up still
     * under way can no longer commit, then frees the place from the pool it was claimed in.
     */
    async release(courseId: string, enrollmentId: string, counter: string, now: Date): Promise<boolean> {
      try {
        await claims.insert({ _id: enrollmentId, courseId, verdict: 'void', at: now })
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error
        if ((await claims.findById(enrollmentId))?.verdict !== 'void') return false
      }
      const released = await courses.updateWhere(
        { _id: courseId, holders: enrollmentId },
        { [counter]: _.inc(-1), holders: _.pull(enrollmentId), [`claimedAt.${enrollmentId}`]: _.remove(), [`claimPools.${enrollmentId}`]: _.remove(), updatedAt: now },
      )
      return released > 0
    },

    in(transaction: Transaction) {
      const inTransaction = transaction.collection<CourseDocument>(COURSES_COLLECTION)
      const claimsInTransaction = transaction.collection<ClaimDocument>(CLAIMS_COLLECTION)
      return {
        findById: (id: string) => inTransaction.findById(id),
        insert: (course: CourseDocument) => inTransaction.insert(course),
        /** Objects and arrays given here replace the stored ones whole. */
        async update(id: string, changes: Readonly<Record<string, unknown>>): Promise<void> {
          const update: Record<string, unknown> = {}
          for (const [key, value] of Object.entries(changes)) {
            update[key] = value !== null && typeof value === 'object' && !(value instanceof Date) ? _.set(value) : value
          }
          await inTransaction.updateById(id, update as Update)
        },
        /** Gives up a held place (a withdrawal, a lapsed offer): from the pool it was held in. */
        async dropHolder(id: string, enrollmentId: string, counter: string, now: Date): Promise<void> {
          await inTransaction.updateById(id, { [counter]: _.inc(-1), holders: _.pull(enrollmentId), [`offers.${enrollmentId}`]: _.remove(), [`claimedAt.${enrollmentId}`]: _.remove(), [`claimPools.${enrollmentId}`]: _.remove(), updatedAt: now })
        },
        /** Holds an open-pool place for a waiting person until the offer lapses. */
        async addOffer(id: string, enrollmentId: string, expiresAt: Date, now: Date): Promise<void> {
          await inTransaction.updateById(id, { openTaken: _.inc(1), holders: _.push([enrollmentId]), [`offers.${enrollmentId}`]: expiresAt, waitGone: _.inc(1), updatedAt: now })
        },
        /** A waiting person left the queue without a place. */
        async leftQueue(id: string, now: Date): Promise<void> {
          await inTransaction.updateById(id, { waitGone: _.inc(1), updatedAt: now })
        },
        /** The offer was taken: the place stays held, no longer an offer. */
        async offerTaken(id: string, enrollmentId: string, now: Date): Promise<void> {
          await inTransaction.updateById(id, { [`offers.${enrollmentId}`]: _.remove(), updatedAt: now })
        },
        /** A quota's deadline passed: its unused places join the open pool, its held ones count there from now on. */
        async releaseQuota(id: string, quotas: CourseDocument['quotas'], quotaId: string, unused: number, held: number, now: Date): Promise<void> {
          await inTransaction.updateById(id, { quotas: _.set(quotas), openCapacity: _.inc(unused + held), openTaken: _.inc(held), [`quotaTaken.${quotaId}`]: _.remove(), updatedAt: now })
        },
        async verdictOf(enrollmentId: string): Promise<ClaimDocument['verdict'] | null> {
          return (await claimsInTransaction.findById(enrollmentId))?.verdict ?? null
        },
        /** Settles a claim with the enrollment it belongs to; a void written meanwhile makes this transaction start over. */
        async settleClaim(enrollmentId: string, courseId: string, now: Date): Promise<void> {
          await claimsInTransaction.insert({ _id: enrollmentId, courseId, verdict: 'enrolled', at: now })
        },
      }
    },
  }
}

export type CoursesRepository = ReturnType<typeof coursesRepository>
