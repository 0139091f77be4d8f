import { randomBytes, randomUUID } from 'node:crypto'
import type { PayloadOf } from '../../src/domain/contracts/define-contract'
import { trainingContract, type CancelledCourse, type CourseDetail, type CourseSummary, type EditableCourse, type Eligibility, type Page } from '../../src/domain/contracts/training'
import { clockTimeToMinutes, minutesToClockTime } from '../../src/domain/time/clock-time'
import { shanghaiInstant, shanghaiParts } from '../../src/domain/time/shanghai-time'
import type { CourseInput, ShanghaiMoment } from '../../src/domain/training/course-input'
import { courseInputProblems, historyReasons, momentInstant, requirementWords } from '../../src/domain/training/course-rules'
import { OPEN_ENROLLMENT_STATES } from '../../src/domain/training/enrollment-states'
import type { CourseDocument, StoredQuota, StoredSession } from '../../src/domain/training/stored-documents'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import type { Logger } from '../runtime/logger'
import { offsetPage, pageOffset } from '../runtime/offset-page'
import { signedInUser } from '../runtime/signed-in-user'
import { ConcurrentAttemptCommitted, type Transaction } from '../runtime/transaction'
import { isDuplicateKeyError } from '../runtime/typed-collection'
import { hasDueWork, offerFreePlaces, settleCourse } from './course-queue'
import { placesLeft, toDetail, toMyEnrollment, toSummary } from './course-views'
import { courseIdFor } from './enrollment-ids'
import type { TrainingDependencies } from './training-dependencies'

const errors = trainingContract.errors
const PAGE_SIZE = 20
/** Enrollments told of a cancellation per transaction; more wait for the next (the timer, or the next read). */
export const CANCEL_BATCH = 40

type SavePayload = PayloadOf<(typeof trainingContract)['actions']['saveCourse']>

/** A new session's id: short (it goes into a check-in code's scene) and not guessable from another's. */
export function newSessionId(): string {
  return `s${randomBytes(9).toString('base64url')}`
}

function momentOf(instant: Date): ShanghaiMoment {
  const parts = shanghaiParts(instant)
  return { day: parts.dateKey, time: minutesToClockTime(parts.minuteOfDay) }
}

function invalid(message: string): AppError {
  return new AppError(errors.InvalidCourse, message)
}

/** The sessions as stored, in time order; a kept session keeps its id (and with it everyone's attendance). */
function storedSessions(input: CourseInput, previous: readonly StoredSession[]): StoredSession[] {
  const known = new Set(previous.map(session => session.sessionId))
  return input.sessions
    .map(session => {
      if (session.sessionId !== undefined && !known.has(session.sessionId)) throw invalid('有一次课已被别人删掉了，请刷新后再改')
      return {
        sessionId: session.sessionId ?? newSessionId(),
        title: session.title,
        startsAt: shanghaiInstant(session.day, clockTimeToMinutes(session.start)),
        endsAt: shanghaiInstant(session.day, clockTimeToMinutes(session.end)),
        venue: session.venue,
      }
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
}

interface Ledger {
  readonly quotas: StoredQuota[]
  readonly openCapacity: number
  readonly openTaken: number
  readonly quotaTaken: Record<string, number>
}

/**
 * The quotas and the place ledger after an edit: a quota is known by its union; one removed, or one
 * whose deadline passed, counts its held places in the open pool. Capacity and quota places may not
 * drop below the places held in them.
 */
function ledgerAfter(input: CourseInput, previous: CourseDocument | null): Ledger {
  const quotas: StoredQuota[] = []
  const quotaTaken: Record<string, number> = {}
  let openTaken = previous?.openTaken ?? 0
  const before = previous?.quotas ?? []
  for (const quota of input.quotas) {
    const old = before.find(candidate => candidate.union === quota.union)
    if (old?.released === true) {
      quotas.push(old)
      continue
    }
    const quotaId = old?.quotaId ?? `q${randomBytes(6).toString('base64url')}`
    const held = previous?.quotaTaken?.[quotaId] ?? 0
    if (quota.places < held) throw new AppError(errors.CapacityBelowTaken, `${quota.union}已有 ${held} 人报上，名额不能少于 ${held} 个`)
    quotas.push({ quotaId, union: quota.union, places: quota.places, until: momentInstant(quota.until), released: false })
    quotaTaken[quotaId] = held
  }
  for (const old of before) {
    if (!old.released && !quotas.some(quota => quota.quotaId === old.quotaId)) openTaken += previous?.quotaTaken?.[old.quotaId] ?? 0
  }
  const reserved = quotas.filter(quota => !quota.released).reduce((sum, quota) => sum + quota.places, 0)
  const openCapacity = input.capacity - reserved
  if (openTaken > openCapacity) {
    throw new AppError(errors.CapacityBelowTaken, `已有 ${openTaken} 人报上（或名额正在等人确认），另有 ${reserved} 个基层工会名额，总名额不能少于 ${openTaken + reserved} 个`)
  }
  return { quotas, openCapacity, openTaken, quotaTaken }
}

/** A course as stored, from what staff typed (checked across fields here), keeping an edited course's ledger. */
export function courseDocumentOf(input: CourseInput, id: string, previous: CourseDocument | null, userId: string, now: Date): CourseDocument {
  const problems = courseInputProblems(input)
  if (input.requiresCourseId === id) problems.push('不能要求先完成这个课程本身')
  if (problems.length > 0) throw invalid(problems.join('；'))
  const ledger = ledgerAfter(input, previous)
  return {
    _id: id,
    kind: input.kind,
    title: input.title,
    organiser: input.organiser,
    venue: input.venue,
    description: input.description,
    audiences: [...new Set(input.audiences)],
    minAge: input.minAge,
    maxAge: input.maxAge,
    onceOnly: input.onceOnly,
    requiresCourseId: input.requiresCourseId,
    detailFields: [...new Set(input.detailFields)],
    capacity: input.capacity,
    signUpOpensAt: momentInstant(input.signUpOpens),
    signUpClosesAt: momentInstant(input.signUpCloses),
    cancelUntil: momentInstant(input.cancelUntil),
    claimWindowHours: input.claimWindowHours,
    completionShare: input.completionShare,
    sessions: storedSessions(input, previous?.sessions ?? []),
    quotas: ledger.quotas,
    status: 'published',
    cancelledReason: null,
    cancelledAt: null,
    createdBy: previous?.createdBy ?? userId,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    openCapacity: ledger.openCapacity,
    openTaken: ledger.openTaken,
    quotaTaken: ledger.quotaTaken,
    holders: previous?.holders ?? [],
    claimedAt: previous?.claimedAt ?? {},
    claimPools: previous?.claimPools ?? {},
    offers: previous?.offers ?? {},
  }
}

/** Courses as workers and staff see them, and as staff create, edit and cancel them. */
export function courseService(deps: TrainingDependencies) {
  async function settleIfDue(course: CourseDocument, waiting: number, now: Date, log: Logger): Promise<CourseDocument> {
    const pending = course.cancelPending === true
    // Free places while people wait: a withdrawal that found nobody waiting, then a sign-up that found no
    // place (each read the other's state before it was written). Offers stop once the course began.
    const stranded = placesLeft(course) > 0 && waiting > 0 && now.getTime() < (course.sessions[0]?.startsAt.getTime() ?? 0)
    if (!pending && !hasDueWork(course, now) && !stranded) return course
    await deps.runInTransaction(async transaction => {
      if (pending) await tellCancelled(transaction, course._id, now, log)
      else await settleCourse(deps, transaction, course._id, now, log)
    })
    return (await deps.courses.findById(course._id)) ?? course
  }

  /** Tells one batch of the course's open enrollments it was cancelled; the last batch ends the job. */
  async function tellCancelled(transaction: Transaction, courseId: string, now: Date, log: Logger): Promise<number> {
    const course = await deps.courses.in(transaction).findById(courseId)
    if (course === null || course.status !== 'cancelled') return 0
    const enrollments = deps.enrollments.in(transaction)
    const batch = await deps.enrollments.openOfCourse(courseId, CANCEL_BATCH)
    let told = 0
    for (const candidate of batch) {
      const enrollment = await enrollments.findById(candidate._id)
      if (enrollment === null || !OPEN_ENROLLMENT_STATES.includes(enrollment.state)) continue
      await enrollments.move(enrollment._id, 'course-cancelled', { position: null, offerExpiresAt: null }, now)
      await deps.messages.signUpResult(transaction, enrollment, course, { kind: 'course-cancelled', reason: course.cancelledReason ?? '' }, now, log)
      await deps.messages.stopReminders(transaction, enrollment._id, now)
      told += 1
    }
    if (batch.length < CANCEL_BATCH) await deps.courses.in(transaction).update(courseId, { cancelPending: false, updatedAt: now })
    return told
  }

  async function eligibilityFor(course: CourseDocument, userId: string): Promise<Eligibility> {
    const requiredTitle = course.requiresCourseId === null ? null : (await deps.courses.titlesOf([course.requiresCourseId])).get(course.requiresCourseId) ?? null
    const requirements = requirementWords(course, requiredTitle)
    if (!course.onceOnly && course.requiresCourseId === null) return { eligible: true, reasons: [], requirements }
    const reasons = historyReasons({ ...course, courseId: course._id }, await deps.enrollments.completedCourseIds(userId), requiredTitle)
    return { eligible: reasons.length === 0, reasons, requirements }
  }

  async function detailOf(course: CourseDocument, userId: string, now: Date): Promise<CourseDetail> {
    const [waiting, mine, eligibility] = await Promise.all([deps.enrollments.countWaiting(course._id), deps.enrollments.latestOfUser(userId, course._id), eligibilityFor(course, userId)])
    const position = mine?.state === 'waiting' ? (await deps.enrollments.waitingAhead(course._id, mine.arrival ?? 0)) + 1 : null
    return toDetail(course, waiting, mine === null ? null : toMyEnrollment(mine, course, position, now), mine, eligibility, now)
  }

  async function summaries(courses: readonly CourseDocument[], userId: string, now: Date, log: Logger): Promise<CourseSummary[]> {
    const ids = courses.map(course => course._id)
    const [waiting, mine] = await Promise.all([deps.enrollments.waitingByCourse(ids), deps.enrollments.openOfUser(userId, ids)])
    const fresh = await Promise.all(courses.map(course => settleIfDue(course, waiting.get(course._id) ?? 0, now, log)))
    const settledWaiting = fresh.some((course, index) => course !== courses[index]) ? await deps.enrollments.waitingByCourse(ids) : waiting
    const mineAfter = fresh.some((course, index) => course !== courses[index]) ? await deps.enrollments.openOfUser(userId, ids) : mine
    return fresh.map(course => toSummary(course, settledWaiting.get(course._id) ?? 0, mineAfter.get(course._id) ?? null, now))
  }

  return {
    async listCourses(cursor: string | undefined, context: CallerContext): Promise<Page<CourseSummary>> {
      const { userId } = signedInUser(context)
      const now = deps.now()
      const offset = pageOffset(cursor)
      // Still to come or running, soonest first.
      const live = (await deps.courses.published())
        .filter(course => (course.sessions[course.sessions.length - 1]?.endsAt.getTime() ?? 0) > now.getTime())
        .sort((a, b) => (a.sessions[0]?.startsAt.getTime() ?? 0) - (b.sessions[0]?.startsAt.getTime() ?? 0) || (a._id < b._id ? -1 : 1))
      const page = offsetPage(live.slice(offset, offset + PAGE_SIZE + 1), offset, PAGE_SIZE)
      return { items: await summaries(page.items, userId, now, context.log), nextCursor: page.nextCursor }
    },

    async getCourse(courseId: string, context: CallerContext): Promise<CourseDetail> {
      const { userId } = signedInUser(context)
      const now = deps.now()
      const found = await deps.courses.findById(courseId)
      if (found === null) throw new AppError(errors.CourseNotFound, '没有找到这个课程，可能已被删除')
      const course = await settleIfDue(found, await deps.enrollments.countWaiting(courseId), now, context.log)
      return await detailOf(course, userId, now)
    },

    async listManagedCourses(cursor: string | undefined, context: CallerContext): Promise<Page<CourseSummary>> {
      const { userId } = signedInUser(context)
      const now = deps.now()
      const offset = pageOffset(cursor)
      const page = offsetPage(await deps.courses.newestFirst(offset, PAGE_SIZE + 1), offset, PAGE_SIZE)
      return { items: await summaries(page.items, userId, now, context.log), nextCursor: page.nextCursor }
    },

    async getEditableCourse(courseId: string): Promise<EditableCourse> {
      const course = await deps.courses.findById(courseId)
      if (course === null) throw new AppError(errors.CourseNotFound, '没有找到这个课程，可能已被删除')
      const input: CourseInput = {
        kind: course.kind,
        title: course.title,
        organiser: course.organiser,
        venue: course.venue,
        description: course.description,
        audiences: course.audiences,
        minAge: course.minAge,
        maxAge: course.maxAge,
        onceOnly: course.onceOnly,
        requiresCourseId: course.requiresCourseId,
        detailFields: course.detailFields,
        capacity: course.capacity,
        signUpOpens: momentOf(course.signUpOpensAt),
        signUpCloses: momentOf(course.signUpClosesAt),
        cancelUntil: momentOf(course.cancelUntil),
        claimWindowHours: course.claimWindowHours,
        completionShare: course.completionShare,
        sessions: course.sessions.map(session => {
          const start = momentOf(session.startsAt)
          return { sessionId: session.sessionId, title: session.title, day: start.day, start: start.time, end: momentOf(session.endsAt).time, venue: session.venue }
        }),
        quotas: course.quotas.map(quota => ({ union: quota.union, places: quota.places, until: momentOf(quota.until) })),
      }
      return { courseId: course._id, status: course.status, input }
    },

    async saveCourse(payload: SavePayload, context: CallerContext): Promise<CourseDetail> {
      const { userId } = signedInUser(context)
      const transaction = transactionOf(context)
      const now = deps.now()
      const courses = deps.courses.in(transaction)
      if (payload.course.requiresCourseId !== null && (await deps.courses.findById(payload.course.requiresCourseId)) === null) throw invalid('要求先完成的课程不存在，请重新选择')
      let saved: CourseDocument
      if (payload.courseId === undefined) {
        const id = courseIdFor(userId, context.requestId ?? randomUUID())
        if ((await courses.findById(id)) !== null) throw new ConcurrentAttemptCommitted()
        saved = courseDocumentOf(payload.course, id, null, userId, now)
        try {
          await courses.insert(saved)
        } catch (error) {
          if (isDuplicateKeyError(error)) throw new ConcurrentAttemptCommitted()
          throw error
        }
      } else {
        const previous = await courses.findById(payload.courseId)
        if (previous === null) throw new AppError(errors.CourseNotFound, '没有找到这个课程，可能已被删除')
        if (previous.status === 'cancelled') throw new AppError(errors.CourseCancelled, '这个课程已取消，不能再改')
        saved = courseDocumentOf(payload.course, previous._id, previous, userId, now)
        const { _id, ...fields } = saved
        await courses.update(_id, fields)
        // A raised capacity (or a quota dropped) frees places: the waiting get them in order.
        await offerFreePlaces(deps, transaction, _id, now, context.log)
        saved = (await courses.findById(_id)) ?? saved
      }
      context.auditTarget({ courseId: saved._id, title: saved.title, capacity: saved.capacity, created: payload.courseId === undefined })
      return toDetail(saved, payload.courseId === undefined ? 0 : await deps.enrollments.countWaiting(saved._id), null, null, { eligible: true, reasons: [], requirements: requirementWords(saved, null) }, now)
    },

    async cancelCourse(courseId: string, reason: string, context: CallerContext): Promise<CancelledCourse> {
      const transaction = transactionOf(context)
      const now = deps.now()
      const course = await deps.courses.in(transaction).findById(courseId)
      if (course === null) throw new AppError(errors.CourseNotFound, '没有找到这个课程，可能已被删除')
      if (course.status === 'cancelled') throw new AppError(errors.CourseCancelled, '这个课程已经取消了')
      const notified = await deps.enrollments.countOpen(courseId)
      // The cancellation, its audit entry and the first batch of messages in one write; a course with
      // more people than one transaction holds goes on as a job (the timer, or the next read of it).
      await deps.courses.in(transaction).update(courseId, { status: 'cancelled', cancelledReason: reason, cancelledAt: now, cancelPending: true, offers: {}, updatedAt: now })
      await tellCancelled(transaction, courseId, now, context.log)
      context.auditTarget({ courseId, title: course.title, notified })
      return { courseId, notified }
    },

    tellCancelled,
  }
}

export type CourseService = ReturnType<typeof courseService>
