import { OPEN_ENROLLMENT_STATES, type EnrollmentState } from '../../src/domain/training/enrollment-states'
import { ENROLLMENTS_COLLECTION, type EnrollmentDocument } from '../../src/domain/training/stored-documents'
import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { typedCollection, type Update } from '../runtime/typed-collection'

/** CloudBase returns at most 1,000 documents a query. */
const PAGE = 1000

/** The `training_enrollments` collection. */
export function enrollmentsRepository(db: Database) {
  const enrollments = typedCollection<EnrollmentDocument>(db, ENROLLMENTS_COLLECTION)
  const _ = db.command

  async function all(filter: Record<string, unknown>, orderBy: readonly (readonly [string, 'asc' | 'desc'])[]): Promise<EnrollmentDocument[]> {
    const rows: EnrollmentDocument[] = []
    for (let skip = 0; ; skip += PAGE) {
      const page = await enrollments.find(filter, { orderBy, skip, limit: PAGE })
      rows.push(...page)
      if (page.length < PAGE) return rows
    }
  }

  return {
    findById: (id: string) => enrollments.findById(id),
    /** A waitlist sign-up, written alone; a duplicate `_id` or open key fails with a duplicate-key error. */
    insert: (document: EnrollmentDocument) => enrollments.insert(document),
    /** The person's open enrollment in the course, by its unique key. */
    async openByKey(openKey: string): Promise<EnrollmentDocument | null> {
      return await enrollments.findOne({ openKey })
    },
    /** How many wait ahead of a ticket: its position is one more. */
    async waitingAhead(courseId: string, arrival: number): Promise<number> {
      return await enrollments.count({ courseId, state: 'waiting', arrival: _.lt(arrival) })
    },
    /** The first `limit` waiting, in arrival order. */
    async firstWaiting(courseId: string, limit: number): Promise<EnrollmentDocument[]> {
      return await enrollments.find({ courseId, state: 'waiting' }, { orderBy: [['arrival', 'asc'], ['_id', 'asc']], limit })
    },
    async countWaiting(courseId: string): Promise<number> {
      return await enrollments.count({ courseId, state: 'waiting' })
    },
    /** Waiting counts of many courses at once. */
    async waitingByCourse(courseIds: readonly string[]): Promise<ReadonlyMap<string, number>> {
      if (courseIds.length === 0) return new Map()
      const rows = await enrollments.aggregate<{ _id: string; count: number }>([
        { $match: { courseId: _.in([...courseIds]), state: 'waiting' } },
        { $group: { _id: '$courseId', count: { $sum: 1 } } },
      ])
      return new Map(rows.map(row => [row._id, row.count]))
    },
    /** The caller's open enrollments in these courses, by course. */
    async openOfUser(userId: string, courseIds: readonly string[]): Promise<ReadonlyMap<string, EnrollmentDocument>> {
      if (courseIds.length === 0) return new Map()
      const found = await enrollments.find({ userId, courseId: _.in([...courseIds]), state: _.in([...OPEN_ENROLLMENT_STATES]) }, { limit: PAGE })
      return new Map(found.map(enrollment => [enrollment.courseId, enrollment]))
    },
    /** The person's latest enrollment in the course, open or not. */
    async latestOfUser(userId: string, courseId: string): Promise<EnrollmentDocument | null> {
      return await enrollments.findOne({ userId, courseId }, { orderBy: [['signedUpAt', 'desc']] })
    },
    async ofUser(userId: string, skip: number, limit: number): Promise<EnrollmentDocument[]> {
      return await enrollments.find({ userId }, { orderBy: [['signedUpAt', 'desc'], ['_id', 'asc']], skip, limit })
    },
    async completedCourseIds(userId: string): Promise<ReadonlySet<string>> {
      const found = await enrollments.find({ userId, completedAt: _.neq(null) }, { limit: PAGE, fields: { courseId: true } })
      return new Set(found.map(enrollment => enrollment.courseId))
    },
    /** Every enrollment of the course (roster, export). */
    ofCourse: (courseId: string) => all({ courseId }, [['signedUpAt', 'asc'], ['_id', 'asc']]),
    /** Up to `limit` open enrollments of the course (a cancellation tells them a batch at a time). */
    async openOfCourse(courseId: string, limit: number): Promise<EnrollmentDocument[]> {
      return await enrollments.find({ courseId, state: _.in([...OPEN_ENROLLMENT_STATES]) }, { orderBy: [['_id', 'asc']], limit })
    },
    async countOpen(courseId: string): Promise<number> {
      return await enrollments.count({ courseId, state: _.in([...OPEN_ENROLLMENT_STATES]) })
    },
    /** Enrolled people of the course (reminders). */
    enrolledOf: (courseId: string) => all({ courseId, state: 'enrolled' }, [['_id', 'asc']]),
    /** Open enrollments whose person deleted their data (the enrollment kept, anonymous, for the figures). */
    openWithoutPerson: (courseId: string) => all({ courseId, userId: null, state: _.in([...OPEN_ENROLLMENT_STATES]) }, [['_id', 'asc']]),
    /** The waiting, in arrival order (renumbering). */
    waitingOf: (courseId: string) => all({ courseId, state: 'waiting' }, [['arrival', 'asc'], ['_id', 'asc']]),
    /** Writes a waiting person's position (renumbering); only if still waiting. */
    async setPosition(id: string, position: number): Promise<void> {
      await enrollments.updateWhere({ _id: id, state: 'waiting' }, { position })
    },

    in(transaction: Transaction) {
      const inTransaction = transaction.collection<EnrollmentDocument>(ENROLLMENTS_COLLECTION)
      return {
        findById: (id: string) => inTransaction.findById(id),
        insert: (document: EnrollmentDocument) => inTransaction.insert(document),
        /** Moves the enrollment to `state` with its changes; leaving the open states drops its unique key. */
        async move(id: string, state: EnrollmentState, changes: Partial<Omit<EnrollmentDocument, '_id' | 'state'>>, now: Date): Promise<void> {
          const update: Record<string, unknown> = { state, updatedAt: now }
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined) continue
            update[key] = value !== null && typeof value === 'object' && !(value instanceof Date) ? _.set(value) : value
          }
          if (!OPEN_ENROLLMENT_STATES.includes(state)) update.openKey = _.remove()
          await inTransaction.updateById(id, update as Update)
        },
        /** Records (or, with null, takes back) attendance of a session, with the completion it makes or unmakes. */
        async recordAttendance(id: string, sessionId: string, at: Date | null, completion: Pick<EnrollmentDocument, 'completedAt' | 'certificateNo'>, now: Date): Promise<void> {
          await inTransaction.updateById(id, { [`attendance.${sessionId}`]: at ?? _.remove(), ...completion, updatedAt: now })
        },
      }
    },
  }
}

export type EnrollmentsRepository = ReturnType<typeof enrollmentsRepository>
