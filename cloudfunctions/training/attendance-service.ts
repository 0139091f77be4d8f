import type { PayloadOf } from '../../src/domain/contracts/define-contract'
import { trainingContract, type Certificate, type CheckInCode, type CheckInResult, type MyEnrollment, type Page, type RosterRow } from '../../src/domain/contracts/training'
import { COURSE_KIND_LABELS } from '../../src/domain/training/course-kinds'
import { attendedSessionIds, certificateNumber, checkInScene, checkInWindow, isCheckInOpen, momentWords, requiredSessions, sessionIdOfScene } from '../../src/domain/training/course-rules'
import type { CourseDocument, EnrollmentDocument } from '../../src/domain/training/stored-documents'
import { shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import { offsetPage, pageOffset } from '../runtime/offset-page'
import { signedInUser } from '../runtime/signed-in-user'
import type { Transaction } from '../runtime/transaction'
import { toMyEnrollment, toRosterRow } from './course-views'
import { openKeyFor } from './enrollment-ids'
import type { TrainingDependencies } from './training-dependencies'

const errors = trainingContract.errors
const PAGE_SIZE = 20

/** The check-in page the codes open; the screens build it at this path. */
export const CHECK_IN_PAGE = 'packages/training/check-in/index'

type SetAttendancePayload = PayloadOf<(typeof trainingContract)['actions']['setAttendance']>

/** Attendance as changed: the completion it makes (first time the share is reached) or unmakes (staff took one back). */
function completionAfter(enrollment: EnrollmentDocument, course: CourseDocument, attendance: Readonly<Record<string, unknown>>, now: Date): Pick<EnrollmentDocument, 'completedAt' | 'certificateNo'> {
  const attended = attendedSessionIds(attendance, course.sessions.map(session => session.sessionId)).length
  const required = requiredSessions(course.sessions.length, course.completionShare)
  if (attended < required) return { completedAt: null, certificateNo: null }
  if (enrollment.completedAt !== null) return { completedAt: enrollment.completedAt, certificateNo: enrollment.certificateNo }
  return { completedAt: now, certificateNo: certificateNumber(enrollment._id, now) }
}

/** Check-in at the venue, attendance kept by staff, completion and its certificate, and 我的培训. */
export function attendanceService(deps: TrainingDependencies) {
  async function courseOf(courseId: string, transaction: Transaction | null = null): Promise<CourseDocument> {
    const course = transaction === null ? await deps.courses.findById(courseId) : await deps.courses.in(transaction).findById(courseId)
    if (course === null) throw new AppError(errors.CourseNotFound, '没有找到这个课程，可能已被删除')
    return course
  }

  return {
    async getCheckInCode(courseId: string, sessionId: string): Promise<CheckInCode> {
      const course = await courseOf(courseId)
      const session = course.sessions.find(candidate => candidate.sessionId === sessionId)
      if (session === undefined) throw new AppError(errors.SessionNotFound, '没有这次课，请刷新后再选')
      const scene = checkInScene(session.sessionId)
      const png = await deps.checkInCode(scene, CHECK_IN_PAGE)
      const window = checkInWindow(session)
      return { sessionId, scene, pngBase64: png.toString('base64'), opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString() }
    },

    async checkIn(scene: string, context: CallerContext): Promise<CheckInResult> {
      const { userId } = signedInUser(context)
      const transaction = transactionOf(context)
      const now = deps.now()
      const sessionId = sessionIdOfScene(scene)
      const found = sessionId === null ? null : await deps.courses.findBySession(sessionId)
      const session = found?.sessions.find(candidate => candidate.sessionId === sessionId)
      if (found === null || session === undefined) throw new AppError(errors.UnknownCode, '这个码不是培训签到码，请扫现场的签到码')
      if (found.status === 'cancelled') throw new AppError(errors.CourseCancelled, '这个课程已取消')
      const listed = await deps.enrollments.openByKey(openKeyFor(found._id, userId))
      const enrollment = listed === null ? null : await deps.enrollments.in(transaction).findById(listed._id)
      if (enrollment === null || enrollment.state !== 'enrolled') throw new AppError(errors.NotEnrolled, `您没有报上《${found.title}》，不能签到。有疑问请找现场工作人员`)
      const course = await courseOf(found._id, transaction)
      const base = { courseId: course._id, courseTitle: course.title, sessionTitle: session.title }
      const required = requiredSessions(course.sessions.length, course.completionShare)
      if (Object.prototype.hasOwnProperty.call(enrollment.attendance, session.sessionId)) {
        const attended = attendedSessionIds(enrollment.attendance, course.sessions.map(candidate => candidate.sessionId)).length
        return { ...base, alreadyCheckedIn: true, attendedCount: attended, requiredCount: required, completed: enrollment.completedAt !== null }
      }
      if (!isCheckInOpen(session, now)) {
        const window = checkInWindow(session)
        const when = now.getTime() < window.opensAt.getTime() ? '还没到签到时间' : '签到已经结束'
        throw new AppError(errors.CheckInClosed, `${when}。这次课的签到时间是 ${momentWords(window.opensAt)} 到 ${momentWords(window.closesAt).slice(-5)}`)
      }
      const attendance = { ...enrollment.attendance, [session.sessionId]: now }
      const completion = completionAfter(enrollment, course, attendance, now)
      await deps.enrollments.in(transaction).recordAttendance(enrollment._id, session.sessionId, now, completion, now)
      const attended = attendedSessionIds(attendance, course.sessions.map(candidate => candidate.sessionId)).length
      return { ...base, alreadyCheckedIn: false, attendedCount: attended, requiredCount: required, completed: completion.completedAt !== null }
    },

    async setAttendance(payload: SetAttendancePayload, context: CallerContext): Promise<RosterRow> {
      const transaction = transactionOf(context)
      const now = deps.now()
      const course = await courseOf(payload.courseId, transaction)
      if (!course.sessions.some(session => session.sessionId === payload.sessionId)) throw new AppError(errors.SessionNotFound, '没有这次课，请刷新后再选')
      const enrollment = await deps.enrollments.in(transaction).findById(payload.enrollmentId)
      if (enrollment === null || enrollment.courseId !== course._id) throw new AppError(errors.NotSignedUp, '名单上没有这个人，请刷新')
      if (enrollment.state !== 'enrolled') throw new AppError(errors.NotEnrolled, '这个人没有报上这个课程，不能记出勤')
      const attendance: Record<string, Date> = { ...enrollment.attendance }
      if (payload.attended) attendance[payload.sessionId] = enrollment.attendance[payload.sessionId] ?? now
      else delete attendance[payload.sessionId]
      const completion = completionAfter(enrollment, course, attendance, now)
      await deps.enrollments.in(transaction).recordAttendance(enrollment._id, payload.sessionId, payload.attended ? attendance[payload.sessionId] ?? now : null, completion, now)
      context.auditTarget({ courseId: course._id, enrollmentId: enrollment._id, sessionId: payload.sessionId, attended: payload.attended, note: payload.note ?? '' })
      return toRosterRow({ ...enrollment, attendance, ...completion, updatedAt: now }, course, null)
    },

    async getCertificate(courseId: string, context: CallerContext): Promise<Certificate> {
      const { userId } = signedInUser(context)
      const course = await courseOf(courseId)
      const enrollment = await deps.enrollments.latestOfUser(userId, courseId)
      if (enrollment === null || enrollment.completedAt === null || enrollment.certificateNo === null) {
        throw new AppError(errors.NotCompleted, '您还没有完成这个课程，完成后可以在这里看结业证书')
      }
      const first = course.sessions[0]
      const last = course.sessions[course.sessions.length - 1]
      return {
        certificateNo: enrollment.certificateNo,
        name: enrollment.details?.name ?? '',
        courseTitle: course.title,
        kindLabel: COURSE_KIND_LABELS[course.kind],
        organiser: course.organiser,
        attendedCount: attendedSessionIds(enrollment.attendance, course.sessions.map(session => session.sessionId)).length,
        sessionCount: course.sessions.length,
        completedAt: enrollment.completedAt.toISOString(),
        firstDay: first === undefined ? '' : shanghaiDateKey(first.startsAt),
        lastDay: last === undefined ? '' : shanghaiDateKey(last.startsAt),
      }
    },

    async listMyEnrollments(cursor: string | undefined, context: CallerContext): Promise<Page<MyEnrollment>> {
      const { userId } = signedInUser(context)
      const now = deps.now()
      const offset = pageOffset(cursor)
      const page = offsetPage(await deps.enrollments.ofUser(userId, offset, PAGE_SIZE + 1), offset, PAGE_SIZE)
      const courses = new Map<string, CourseDocument>()
      for (const enrollment of page.items) {
        if (courses.has(enrollment.courseId)) continue
        const course = await deps.courses.findById(enrollment.courseId)
        if (course !== null) courses.set(course._id, course)
      }
      const items = await Promise.all(
        page.items.flatMap(enrollment => {
          const course = courses.get(enrollment.courseId)
          if (course === undefined) return []
          return [
            (async () => {
              const position = enrollment.state === 'waiting' ? (await deps.enrollments.waitingAhead(course._id, enrollment.arrival ?? 0)) + 1 : null
              return toMyEnrollment(enrollment, course, position, now)
            })(),
          ]
        }),
      )
      return { items, nextCursor: page.nextCursor }
    },
  }
}
