import { isOfferLapsed, offerExpiry } from '../../src/domain/training/course-rules'
import type { CourseDocument, EnrollmentDocument } from '../../src/domain/training/stored-documents'
import type { Logger } from '../runtime/logger'
import type { Transaction } from '../runtime/transaction'
import { OPEN_POOL } from './courses-repository'
import type { TrainingDependencies } from './training-dependencies'

/** What a pass over a course's places did. */
export interface QueueReport {
  readonly offersExpired: number
  readonly offersMade: number
  readonly quotasReleased: number
}

export const NOTHING_SETTLED: QueueReport = { offersExpired: 0, offersMade: 0, quotasReleased: 0 }

export function addQueueReports(a: QueueReport, b: QueueReport): QueueReport {
  return { offersExpired: a.offersExpired + b.offersExpired, offersMade: a.offersMade + b.offersMade, quotasReleased: a.quotasReleased + b.quotasReleased }
}

/** The ledger counter a held place counts in: its quota while that is reserved, else the open pool. */
export function counterOf(course: Pick<CourseDocument, 'quotas'>, quotaId: string | null): string {
  const quota = quotaId === null ? undefined : course.quotas.find(candidate => candidate.quotaId === quotaId)
  return quota !== undefined && !quota.released ? `quotaTaken.${quota.quotaId}` : OPEN_POOL
}

/** Whether a read of the course finds work to do now: an offer lapsed or a quota past its deadline. */
export function hasDueWork(course: CourseDocument, now: Date): boolean {
  if (course.status !== 'published') return false
  if (Object.values(course.offers ?? {}).some(expiresAt => isOfferLapsed(expiresAt, now))) return true
  return course.quotas.some(quota => !quota.released && quota.until.getTime() <= now.getTime())
}

/**
 * Passes a course's places on, in one transaction: lapsed offers expire (the person is told), quotas past
 * their deadline return their unused places to the open pool, and every free open place is offered to the
 * next waiting person in arrival order (each told, with the claim window). Run by the timer, and by any
 * read or sign-up that finds work due, so nothing waits for the timer.
 */
export async function settleCourse(deps: TrainingDependencies, transaction: Transaction, courseId: string, now: Date, log: Logger): Promise<QueueReport> {
  const courses = deps.courses.in(transaction)
  const enrollments = deps.enrollments.in(transaction)
  let course = await courses.findById(courseId)
  if (course === null || course.status !== 'published') return NOTHING_SETTLED
  let offersExpired = 0
  let quotasReleased = 0

  for (const [enrollmentId, expiresAt] of Object.entries(course.offers ?? {})) {
    if (!isOfferLapsed(expiresAt, now)) continue
    const enrollment = await enrollments.findById(enrollmentId)
    await courses.dropHolder(course._id, enrollmentId, counterOf(course, enrollment?.quotaId ?? null), now)
    if (enrollment === null || enrollment.state !== 'offered') continue
    await enrollments.move(enrollmentId, 'expired', { offerExpiresAt: null }, now)
    await deps.messages.signUpResult(transaction, enrollment, course, { kind: 'offer-expired' }, now, log)
    offersExpired += 1
  }

  for (const quota of course.quotas) {
    if (quota.released || quota.until.getTime() > now.getTime()) continue
    const held = course.quotaTaken?.[quota.quotaId] ?? 0
    const quotas: CourseDocument['quotas'] = course.quotas.map(candidate => (candidate.quotaId === quota.quotaId ? { ...candidate, released: true } : candidate))
    await courses.releaseQuota(course._id, quotas, quota.quotaId, quota.places - held, held, now)
    course = { ...course, quotas }
    quotasReleased += 1
  }

  const offersMade = await offerFreePlaces(deps, transaction, courseId, now, log)
  if (offersExpired + quotasReleased + offersMade > 0) log.info('course_settled', { courseId, offersExpired, quotasReleased, offersMade })
  return { offersExpired, offersMade, quotasReleased }
}

/** Offers each free open place to the next waiting person: the first in arrival order, never one offered before. */
export async function offerFreePlaces(deps: TrainingDependencies, transaction: Transaction, courseId: string, now: Date, log: Logger): Promise<number> {
  const courses = deps.courses.in(transaction)
  const enrollments = deps.enrollments.in(transaction)
  const course = await courses.findById(courseId)
  // Once the first session began, a place offered now would miss it: the waitlist stops there.
  if (course === null || course.status !== 'published' || now.getTime() >= (course.sessions[0]?.startsAt.getTime() ?? 0)) return 0
  const free = (course.openCapacity ?? 0) - (course.openTaken ?? 0)
  if (free <= 0) return 0
  let made = 0
  // Read outside the transaction (a query cannot run in one); each is read again inside before it moves.
  for (const candidate of await deps.enrollments.firstWaiting(courseId, free)) {
    const enrollment = await enrollments.findById(candidate._id)
    if (enrollment === null || enrollment.state !== 'waiting') continue
    const expiresAt = offerExpiry(now, course.claimWindowHours)
    await enrollments.move(enrollment._id, 'offered', { position: null, offerExpiresAt: expiresAt }, now)
    await courses.addOffer(course._id, enrollment._id, expiresAt, now)
    await deps.messages.offer(transaction, enrollment, course, expiresAt, now, log)
    made += 1
  }
  return made
}

/** Gives up the place an enrollment holds (enrolled or offered) and passes it on. */
/**
 * Takes an open enrollment out of the course: a place is cancelled and passed on to the next waiting
 * person, a waiting or offered one leaves the queue; its reminders stop. Answers the state it ended in.
 */
export async function withdrawEnrollment(deps: TrainingDependencies, transaction: Transaction, course: CourseDocument, enrollment: EnrollmentDocument, now: Date, log: Logger): Promise<'cancelled' | 'left'> {
  const state = enrollment.state === 'enrolled' ? 'cancelled' : 'left'
  await deps.enrollments.in(transaction).move(enrollment._id, state, { position: null, offerExpiresAt: null }, now)
  if (enrollment.state === 'waiting') await deps.courses.in(transaction).leftQueue(course._id, now)
  else await freePlaceOf(deps, transaction, course, enrollment, now, log)
  await deps.messages.stopReminders(transaction, enrollment._id, now)
  return state
}

export async function freePlaceOf(deps: TrainingDependencies, transaction: Transaction, course: CourseDocument, enrollment: EnrollmentDocument, now: Date, log: Logger): Promise<void> {
  await deps.courses.in(transaction).dropHolder(course._id, enrollment._id, counterOf(course, enrollment.quotaId), now)
  await offerFreePlaces(deps, transaction, course._id, now, log)
}
