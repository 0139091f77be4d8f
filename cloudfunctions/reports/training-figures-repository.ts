import type { CourseFacts, EnrollmentFacts } from '../../src/domain/reports/monthly-figures'
import { shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { COURSES_COLLECTION, ENROLLMENTS_COLLECTION, type CourseDocument, type EnrollmentDocument } from '../../src/domain/training/stored-documents'
import type { Database } from '../runtime/cloudbase-app'
import { findEveryPage, findEveryPageOfAny } from '../runtime/find-every-page'
import { typedCollection } from '../runtime/typed-collection'

/** CloudBase's `_.in` takes a bounded list: the course ids are asked for in slices this long. */
const IDS_PER_QUERY = 100

const day = (at: Date | null): string | null => (at === null ? null : shanghaiDateKey(at))

/** `training_courses` and `training_enrollments`, read for the monthly figures only (the training function writes them). */
export function trainingFiguresRepository(db: Database) {
  const courses = typedCollection<CourseDocument>(db, COURSES_COLLECTION)
  const enrollments = typedCollection<EnrollmentDocument>(db, ENROLLMENTS_COLLECTION)
  const _ = db.command
  return {
    /**
     * Courses with a session since `since`, and the sign-ups that count in the figures since then: made,
     * given a place or completed since, or of one of those courses (a check-in happens at their sessions).
     */
    async since(since: Date): Promise<{ courses: CourseFacts[]; enrollments: EnrollmentFacts[] }> {
      const courseRows = await findEveryPage(courses, { 'sessions.startsAt': _.gte(since) }, ['sessions', 'status'])
      const ids = courseRows.map(row => row._id)
      const byCourse = Array.from({ length: Math.ceil(ids.length / IDS_PER_QUERY) }, (_unused, i) => ({ courseId: _.in(ids.slice(i * IDS_PER_QUERY, (i + 1) * IDS_PER_QUERY)) }))
      const enrollmentRows = await findEveryPageOfAny(
        enrollments,
        [{ signedUpAt: _.gte(since) }, { enrolledAt: _.gte(since) }, { completedAt: _.gte(since) }, ...byCourse],
        ['signedUpAt', 'enrolledAt', 'attendance', 'completedAt'],
      )
      return {
        courses: courseRows.map(row => ({ sessionDays: row.sessions.map(session => shanghaiDateKey(session.startsAt)), cancelled: row.status === 'cancelled' })),
        enrollments: enrollmentRows.map(row => ({
          signedUpOn: shanghaiDateKey(row.signedUpAt),
          enrolledOn: day(row.enrolledAt ?? null),
          attendedOn: Object.values(row.attendance ?? {}).map(at => shanghaiDateKey(at)),
          completedOn: day(row.completedAt ?? null),
        })),
      }
    },
  }
}

export type TrainingFiguresRepository = ReturnType<typeof trainingFiguresRepository>
