import { trainingContract, type CourseRoster, type RosterExport } from '../../src/domain/contracts/training'
import { requirementWords } from '../../src/domain/training/course-rules'
import type { CourseDocument } from '../../src/domain/training/stored-documents'
import { AppError } from '../runtime/app-error'
import type { CallerContext } from '../runtime/create-function'
import { pageOffset } from '../runtime/offset-page'
import { toDetail, toRosterRow } from './course-views'
import { orderRoster, type RosterEntry } from './roster-order'
import { buildRosterWorkbook, rosterFileName } from './roster-workbook'
import type { TrainingDependencies } from './training-dependencies'

const errors = trainingContract.errors
const PAGE_SIZE = 50

/** The roster of a course in its order, read whole (a course holds thousands at most). */
export async function rosterOf(deps: Pick<TrainingDependencies, 'courses' | 'enrollments'>, courseId: string): Promise<{ readonly course: CourseDocument; readonly entries: RosterEntry[] }> {
  const course = await deps.courses.findById(courseId)
  if (course === null) throw new AppError(errors.CourseNotFound, '没有找到这个课程，可能已被删除')
  return { course, entries: orderRoster(await deps.enrollments.ofCourse(courseId)) }
}

/** Staff read the roster a page at a time, and take it away as XLSX. */
export function rosterService(deps: TrainingDependencies) {
  return {
    async getRoster(courseId: string, cursor: string | undefined, context: CallerContext): Promise<CourseRoster> {
      const now = deps.now()
      const { course, entries } = await rosterOf(deps, courseId)
      const offset = pageOffset(cursor)
      const enrolled = entries.filter(entry => entry.enrollment.state === 'enrolled').length
      const waiting = entries.filter(entry => entry.enrollment.state === 'waiting').length
      context.auditTarget({ courseId, offset })
      return {
        course: toDetail(course, waiting, null, null, { eligible: true, reasons: [], requirements: requirementWords(course, null) }, now),
        enrolled,
        waiting,
        rows: entries.slice(offset, offset + PAGE_SIZE).map(entry => toRosterRow(entry.enrollment, course, entry.position)),
        nextCursor: offset + PAGE_SIZE < entries.length ? `o${offset + PAGE_SIZE}` : null,
      }
    },

    async exportRoster(courseId: string, context: CallerContext): Promise<RosterExport> {
      const now = deps.now()
      const { course, entries } = await rosterOf(deps, courseId)
      const fileName = rosterFileName(course, now)
      const workbook = await buildRosterWorkbook(course, entries)
      // Under the staff folder, which no client may read (storage rules): only the temporary link opens it.
      const stored = await deps.storeFile(`staff-exports/training/${course._id}/${now.getTime()}.xlsx`, workbook)
      context.auditTarget({ courseId, rows: entries.length, fileId: stored.fileId })
      return { fileName, url: stored.url, fileId: stored.fileId, rows: entries.length }
    },
  }
}
