import { randomUUID } from 'node:crypto'
import type { PayloadOf } from '../../src/domain/contracts/define-contract'
import { trainingContract, type MyEnrollment } from '../../src/domain/contracts/training'
import { DETAIL_FIELD_LABELS } from '../../src/domain/training/course-kinds'
import { declaredReasons, historyReasons, isOfferLapsed, momentWords, signUpPhase } from '../../src/domain/training/course-rules'
import type { CourseDocument, EnrollmentDocument, StoredSignUpDetails } from '../../src/domain/training/stored-documents'
import { positionOfTicket } from '../../src/domain/training/waitlist-order'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import type { Logger } from '../runtime/logger'
import { signedInUser } from '../runtime/signed-in-user'
import type { Transaction } from '../runtime/transaction'
import { isDuplicateKeyError } from '../runtime/typed-collection'
import { counterOf, hasDueWork, settleCourse, withdrawEnrollment } from './course-queue'
import { toMyEnrollment } from './course-views'
import { oldClaims, STALE_CLAIM_MS, type ClaimOutcome } from './courses-repository'
import { enrollmentIdFor, openKeyFor } from './enrollment-ids'
import type { TrainingDependencies } from './training-dependencies'

const errors = trainingContract.errors

type SignUpPayload = PayloadOf<(typeof trainingContract)['actions']['signUp']>

const ALREADY = '您已经报过这个课程了，可以在“我的培训”里查看'
/** A place claimed and given back before the sign-up could be written (the course changed meanwhile). */
const LOST_PLACE = '课程刚有变动，您的报名没有成功，请重新报名'

/** This very request's enrollment was written by a concurrent attempt: answer from it. */
class EarlierAttemptWritten extends Error {
  constructor() {
    super('a concurrent attempt of this sign-up wrote its enrollment first')
    this.name = 'EarlierAttemptWritten'
  }
}

/** A course that takes sign-ups now, or the refusal saying why not. */
export function checkOpenForSignUp(course: CourseDocument | null, now: Date): CourseDocument {
  if (course === null) throw new AppError(errors.CourseNotFound, '没有找到这个课程，请返回刷新')
  if (course.status === 'cancelled') throw new AppError(errors.CourseCancelled, `这个课程已取消${course.cancelledReason === null ? '' : `：${course.cancelledReason}`}`)
  const phase = signUpPhase(course.signUpOpensAt, course.signUpClosesAt, now)
  if (phase === 'upcoming') throw new AppError(errors.SignUpNotOpen, `还没开始报名，${momentWords(course.signUpOpensAt)} 开始`)
  if (phase === 'closed') throw new AppError(errors.SignUpClosed, `报名已在 ${momentWords(course.signUpClosesAt)} 截止`)
  return course
}

function storedDetails(details: SignUpPayload['details']): StoredSignUpDetails {
  return {
    name: details.name,
    phone: details.phone,
    audience: details.audience,
    age: details.age ?? null,
    employer: details.employer ?? null,
    union: details.union ?? null,
    trade: details.trade ?? null,
  }
}

/** Sign-up, taking an offered place, and withdrawing: the contended part of training. */
export function signUpService(deps: TrainingDependencies) {
  /** Runs what a course has due (a lapsed offer, a quota past its deadline) in its own transaction, and reads it again. */
  async function settled(course: CourseDocument, now: Date, log: Logger): Promise<CourseDocument> {
    if (!hasDueWork(course, now)) return course
    await deps.runInTransaction(transaction => settleCourse(deps, transaction, course._id, now, log))
    return (await deps.courses.findById(course._id)) ?? course
  }

  async function releaseStaleClaims(course: CourseDocument, now: Date, log: Logger): Promise<boolean> {
    let released = false
    for (const { enrollmentId, counter } of await deps.courses.staleClaims(course, now, STALE_CLAIM_MS)) {
      if (await deps.courses.release(course._id, enrollmentId, counter, now)) {
        released = true
        log.warn('stale_claim_released', { courseId: course._id })
      }
    }
    return released
  }

  /** Whether the course as read may have a place for this person: their quota's or the open pool's, or a claim gone stale. */
  function hasRoomFor(course: CourseDocument, union: string | null, now: Date): boolean {
    if (quotaFor(course, union, now) !== undefined) return true
    return (course.openCapacity ?? 0) - (course.openTaken ?? 0) > 0 || oldClaims(course, now, STALE_CLAIM_MS).length > 0
  }

  function quotaFor(course: CourseDocument, union: string | null, now: Date): CourseDocument['quotas'][number] | undefined {
    return union === null ? undefined : course.quotas.find(candidate => candidate.union === union && !candidate.released && candidate.until.getTime() > now.getTime())
  }

  /** A place for the enrollment: from the union's quota while it is reserved and has room, else the open pool. Null: full. */
  async function claimPlace(course: CourseDocument, union: string | null, enrollmentId: string, now: Date, log: Logger): Promise<{ readonly quotaId: string | null } | null> {
    const quota = quotaFor(course, union, now)
    if (quota !== undefined) {
      const outcome = await deps.courses.claimQuota(course, quota.quotaId, quota.places, enrollmentId, now)
      if (outcome === 'claimed' || outcome === 'already-held') return { quotaId: quota.quotaId }
    }
    // Full as read, and no claim old enough to have been given up: most of a rush ends here, at no cost.
    const free = (course.openCapacity ?? 0) - (course.openTaken ?? 0)
    if (free <= 0 && oldClaims(course, now, STALE_CLAIM_MS).length === 0) return null
    let outcome: ClaimOutcome = await deps.courses.claimOpen(course, enrollmentId, now)
    if (outcome === 'full') {
      const fresh = await deps.courses.findById(course._id)
      // The open pool changed size since it was read (a quota returned, staff raised the capacity), or a stale claim held a place.
      if (fresh !== null && (fresh.openCapacity !== course.openCapacity || (await releaseStaleClaims(fresh, now, log)))) outcome = await deps.courses.claimOpen(fresh, enrollmentId, now)
    }
    if (outcome === 'missing') throw new AppError(errors.CourseCancelled, '这个课程刚刚取消了')
    return outcome === 'full' ? null : { quotaId: null }
  }

  async function writeEnrolled(transaction: Transaction, course: CourseDocument, base: EnrollmentDocument, quotaId: string | null, now: Date, log: Logger): Promise<MyEnrollment> {
    try {
      // The place is this request's by the claim. What remains is that nobody gave it back since: the
      // verdict is written with the enrollment, so a void written first is found here, or written
      // meanwhile makes this transaction start over.
      const verdict = await deps.courses.in(transaction).verdictOf(base._id)
      if (verdict === 'void') throw new AppError(errors.SignUpClosed, LOST_PLACE)
      if (verdict === 'enrolled') throw new EarlierAttemptWritten()
      const document: EnrollmentDocument = { ...base, state: 'enrolled', enrolledAt: now, quotaId }
      transaction.refuseDuplicateWith(new AppError(errors.AlreadySignedUp, ALREADY))
      await deps.enrollments.in(transaction).insert(document)
      await deps.courses.in(transaction).settleClaim(document._id, course._id, now)
      await deps.messages.signUpResult(transaction, document, course, { kind: 'enrolled' }, now, log)
      await deps.messages.remindNextSession(transaction, document, course, course.sessions.find(session => session.startsAt.getTime() > now.getTime()) ?? null, now)
      return toMyEnrollment(document, course, null, now)
    } catch (error) {
      // A refusal gives the claimed place back at once; anything else (a conflict that retries, a crash)
      // leaves the claim for the retry to reuse, or for the stale-claim release.
      if (error instanceof AppError) await deps.courses.release(course._id, base._id, counterOf(course, quotaId), now)
      if (isDuplicateKeyError(error)) throw new EarlierAttemptWritten()
      throw error
    }
  }

  /** Takes the claimed place: the enrollment, its claim settled, its messages, in one transaction of its own. */
  async function enroll(course: CourseDocument, base: EnrollmentDocument, quotaId: string | null, now: Date, log: Logger): Promise<MyEnrollment> {
    try {
      return await deps.runInTransaction(transaction => writeEnrolled(transaction, course, base, quotaId, now, log))
    } catch (error) {
      if (error instanceof EarlierAttemptWritten) return await answerWritten(base._id, course, now)
      throw error
    }
  }

  /**
   * Joins the waitlist: one atomic draw from the course, which also tells the position (cheaper than
   * counting those ahead, and exact until someone leaves the queue). `whileFull` is the course as the
   * sign-up saw it: the ticket is drawn only while the course is still that full, so a place freed or
   * added since is never passed over; null then, and the sign-up looks again.
   */
  async function writeWaiting(course: CourseDocument, base: EnrollmentDocument, now: Date, whileFull: CourseDocument | null): Promise<MyEnrollment | null> {
    const drawn = await deps.courses.drawTicket(course._id, now, whileFull)
    if (drawn === null) {
      if (whileFull !== null) return null
      throw new AppError(errors.CourseCancelled, '这个课程刚刚取消了')
    }
    const position = positionOfTicket(drawn.ticket, drawn.gone)
    const document: EnrollmentDocument = { ...base, state: 'waiting', arrival: drawn.ticket, position }
    try {
      // One document, written alone: all or nothing, and the replay record of this request.
      await deps.enrollments.insert(document)
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
      // This very request written by a concurrent attempt, or (the unique open key) an enrollment the
      // person already holds: either way the ticket goes unused.
      await deps.courses.ticketUnused(course._id, now)
      return await answerWritten(base._id, course, now)
    }
    // No message: the person sees the position on the screen they tapped on and in 我的培训, and their one
    // 允许 for 报名结果 is kept for what they cannot see coming (the course cancelled, an offer lapsed).
    return toMyEnrollment(document, course, position, now)
  }

  /** The answer of a sign-up already written under this request: from its enrollment (its own replay record). */
  async function answerWritten(enrollmentId: string, course: CourseDocument, now: Date): Promise<MyEnrollment> {
    const written = await deps.enrollments.findById(enrollmentId)
    if (written === null || written.courseId !== course._id) throw new AppError(errors.AlreadySignedUp, ALREADY)
    return toMyEnrollment(written, course, written.state === 'waiting' ? written.position : null, now)
  }

  /** The caller's open enrollment in the course, read in the transaction; null when they have none. */
  async function openEnrollment(transaction: Transaction, courseId: string, userId: string): Promise<EnrollmentDocument | null> {
    const found = await deps.enrollments.openByKey(openKeyFor(courseId, userId))
    if (found === null) return null
    const current = await deps.enrollments.in(transaction).findById(found._id)
    return current !== null && current.openKey === found.openKey ? current : null
  }

  return {
    async signUp(payload: SignUpPayload, context: CallerContext): Promise<MyEnrollment> {
      const { userId } = signedInUser(context)
      const now = deps.now()
      const enrollmentId = enrollmentIdFor(userId, context.requestId ?? randomUUID())
      // A retry of a sign-up already written answers as it did, even if the course has closed since.
      const [snapshot, earlier] = await Promise.all([deps.courseSnapshots(payload.courseId), context.requestId === null ? null : deps.enrollments.findById(enrollmentId)])
      if (earlier !== null && snapshot !== null && earlier.courseId === snapshot._id) return await answerWritten(enrollmentId, snapshot, now)
      let course = checkOpenForSignUp(snapshot, now)
      const missing = course.detailFields.filter(field => payload.details[field] === undefined)
      if (missing.length > 0) throw new AppError(errors.MissingDetails, `请填写${missing.map(field => DETAIL_FIELD_LABELS[field]).join('、')}`)
      const declared = declaredReasons(course, payload.details)
      if (declared.length > 0) throw new AppError(errors.NotEligible, declared.join('；'))
      if (course.onceOnly || course.requiresCourseId !== null) {
        const completed = await deps.enrollments.completedCourseIds(userId)
        const title = course.requiresCourseId === null ? null : (await deps.courses.titlesOf([course.requiresCourseId])).get(course.requiresCourseId) ?? null
        const reasons = historyReasons({ ...course, courseId: course._id }, completed, title)
        if (reasons.length > 0) throw new AppError(errors.NotEligible, reasons.join('；'))
      }
      course = await settled(course, now, context.log)

      const openKey = openKeyFor(course._id, userId)
      const union = payload.details.union ?? null
      const base: EnrollmentDocument = {
        _id: enrollmentId,
        courseId: course._id,
        userId,
        state: 'waiting',
        signedUpAt: now,
        enrolledAt: null,
        quotaId: null,
        position: null,
        offerExpiresAt: null,
        attendance: {},
        completedAt: null,
        certificateNo: null,
        details: storedDetails(payload.details),
        openKey,
        updatedAt: now,
      }
      // The first look may be a second old (a snapshot); the second is read now, and joins the waitlist as it finds it.
      for (const firstLook of [true, false]) {
        if (hasRoomFor(course, union, now)) {
          // Someone already holding an enrollment must not claim a second place, even for a moment.
          const existing = await deps.enrollments.openByKey(openKey)
          // This very request, written by a concurrent attempt.
          if (existing?._id === enrollmentId) return await answerWritten(enrollmentId, course, now)
          if (existing !== null) throw new AppError(errors.AlreadySignedUp, ALREADY)
          const place = await claimPlace(course, union, enrollmentId, now, context.log)
          if (place !== null) return await enroll(course, base, place.quotaId, now, context.log)
        }
        // A second sign-up of someone already holding one is refused by the unique open key.
        const waiting = await writeWaiting(course, base, now, firstLook ? course : null)
        if (waiting !== null) return waiting
        course = await settled(checkOpenForSignUp(await deps.courses.findById(course._id), now), now, context.log)
      }
      throw new Error('a sign-up ends on its second look, with a place or on the waitlist')
    },

    async claimOffer(courseId: string, context: CallerContext): Promise<MyEnrollment> {
      const { userId } = signedInUser(context)
      const transaction = transactionOf(context)
      const now = deps.now()
      const found = await deps.enrollments.openByKey(openKeyFor(courseId, userId))
      if (found !== null && found.state === 'offered' && isOfferLapsed(found.offerExpiresAt, now)) {
        // Passed on now, not at the timer's next run; this answer only says so.
        await deps.runInTransaction(inner => settleCourse(deps, inner, courseId, now, context.log))
        throw new AppError(errors.OfferExpired, '保留给您的名额已过了确认时间，已让给下一位')
      }
      const enrollment = await openEnrollment(transaction, courseId, userId)
      const course = await deps.courses.in(transaction).findById(courseId)
      if (course === null) throw new AppError(errors.CourseNotFound, '没有找到这个课程，请返回刷新')
      if (course.status === 'cancelled') throw new AppError(errors.CourseCancelled, '这个课程已取消')
      if (enrollment === null || enrollment.state !== 'offered') throw new AppError(errors.NoOffer, '现在没有为您保留的名额，请刷新看看')
      if (isOfferLapsed(enrollment.offerExpiresAt, now)) throw new AppError(errors.OfferExpired, '保留给您的名额已过了确认时间，已让给下一位')
      await deps.enrollments.in(transaction).move(enrollment._id, 'enrolled', { enrolledAt: now, offerExpiresAt: null }, now)
      await deps.courses.in(transaction).offerTaken(course._id, enrollment._id, now)
      const document: EnrollmentDocument = { ...enrollment, state: 'enrolled', enrolledAt: now, offerExpiresAt: null, updatedAt: now }
      await deps.messages.signUpResult(transaction, document, course, { kind: 'enrolled' }, now, context.log)
      await deps.messages.remindNextSession(transaction, document, course, course.sessions.find(session => session.startsAt.getTime() > now.getTime()) ?? null, now)
      return toMyEnrollment(document, course, null, now)
    },

    async withdraw(courseId: string, context: CallerContext): Promise<MyEnrollment> {
      const { userId } = signedInUser(context)
      const transaction = transactionOf(context)
      const now = deps.now()
      const course = await deps.courses.in(transaction).findById(courseId)
      if (course === null) throw new AppError(errors.CourseNotFound, '没有找到这个课程，请返回刷新')
      if (course.status === 'cancelled') throw new AppError(errors.CourseCancelled, '这个课程已取消，不用再取消报名')
      const enrollment = await openEnrollment(transaction, courseId, userId)
      if (enrollment === null) throw new AppError(errors.NotSignedUp, '您没有报这个课程，或已经取消了')
      if (now.getTime() >= course.cancelUntil.getTime()) {
        throw new AppError(errors.CutoffPassed, `取消报名的时间（${momentWords(course.cancelUntil)}）已过。不能来的话，请联系${course.organiser}`)
      }
      const state = await withdrawEnrollment(deps, transaction, course, enrollment, now, context.log)
      return toMyEnrollment({ ...enrollment, state, position: null, offerExpiresAt: null, updatedAt: now }, course, null, now)
    },
  }
}
