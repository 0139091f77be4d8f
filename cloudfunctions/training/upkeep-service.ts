import type { TrainingUpkeepReport } from '../../src/domain/contracts/training'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { OPEN_ENROLLMENT_STATES } from '../../src/domain/training/enrollment-states'
import type { CourseDocument } from '../../src/domain/training/stored-documents'
import { rankQueue } from '../../src/domain/training/waitlist-order'
import type { Logger } from '../runtime/logger'
import { addQueueReports, NOTHING_SETTLED, settleCourse, withdrawEnrollment } from './course-queue'
import type { CourseService } from './course-service'
import { STALE_CLAIM_MS } from './courses-repository'
import type { TrainingDependencies } from './training-dependencies'

/** Renumbering stops after this long in one run (the function's timeout is 20 s); the next run goes on. */
const RENUMBER_MS = 8_000
const RENUMBER_PARALLEL = 20

/**
 * What the timer does every few minutes (one timer per function, so it does all of it): lapsed offers
 * passed on, quotas past their deadline returned to the pool and offered on, claims never written
 * released, the places and turns of people who deleted their data passed on, cancellations still telling people carried on, the waitlist's stored positions renumbered,
 * and the reminder of tomorrow's session registered for everyone enrolled.
 */
export function upkeepService(deps: TrainingDependencies, courses: Pick<CourseService, 'tellCancelled'>) {
  async function releaseStaleClaims(course: CourseDocument, now: Date): Promise<void> {
    for (const { enrollmentId, counter } of await deps.courses.staleClaims(course, now, STALE_CLAIM_MS)) await deps.courses.release(course._id, enrollmentId, counter, now)
  }

  /**
   * Writes each waiting person's stored position where it is not their rank any more (after a rush,
   * people leaving), until `deadline`: a long waitlist is finished by the next runs. Pages and answers
   * never read the stored position; they rank from the arrival order themselves.
   */
  async function renumber(courseId: string, deadline: number): Promise<void> {
    const waiting = await deps.enrollments.waitingOf(courseId)
    const stale = rankQueue(waiting.map(enrollment => ({ ...enrollment, arrival: enrollment.arrival ?? 0 }))).filter(({ entry, position }) => entry.position !== position)
    for (let start = 0; start < stale.length && Date.now() < deadline; start += RENUMBER_PARALLEL) {
      await Promise.all(stale.slice(start, start + RENUMBER_PARALLEL).map(({ entry, position }) => deps.enrollments.setPosition(entry._id, position)))
    }
  }

  /**
   * Someone who deleted their data cannot come, claim an offer or be told of one: their place, or their
   * turn in the queue, goes to the next person, as a withdrawal would, until the cancellation cut-off
   * (after it nobody can be given the place in time). Each in its own transaction, read again in it.
   */
  async function releaseLeftBehind(course: CourseDocument, now: Date, log: Logger): Promise<number> {
    if (now.getTime() >= course.cancelUntil.getTime()) return 0
    let released = 0
    for (const found of await deps.enrollments.openWithoutPerson(course._id)) {
      const done = await deps.runInTransaction(async transaction => {
        const enrollment = await deps.enrollments.in(transaction).findById(found._id)
        const current = await deps.courses.in(transaction).findById(course._id)
        if (enrollment === null || current === null || enrollment.userId !== null || !OPEN_ENROLLMENT_STATES.includes(enrollment.state)) return false
        await withdrawEnrollment(deps, transaction, current, enrollment, now, log)
        return true
      })
      if (done) released += 1
    }
    if (released > 0) log.info('left_behind_released', { courseId: course._id, released })
    return released
  }

  async function remindTomorrow(course: CourseDocument, now: Date): Promise<number> {
    const tomorrow = addDays(shanghaiDateKey(now), 1)
    const session = course.sessions.find(candidate => shanghaiDateKey(candidate.startsAt) === tomorrow)
    if (session === undefined) return 0
    let queued = 0
    for (const enrollment of await deps.enrollments.enrolledOf(course._id)) {
      if (await deps.runInTransaction(transaction => deps.messages.remindNextSession(transaction, enrollment, course, session, now))) queued += 1
    }
    return queued
  }

  return {
    async upkeep(log: Logger): Promise<TrainingUpkeepReport> {
      const now = deps.now()
      const renumberUntil = Date.now() + RENUMBER_MS
      let settled = NOTHING_SETTLED
      let remindersQueued = 0
      for (const pending of await deps.courses.cancelPending()) {
        while ((await deps.runInTransaction(transaction => courses.tellCancelled(transaction, pending._id, now, log))) > 0) {
          // Batch after batch until everyone is told.
        }
      }
      for (const course of await deps.courses.live()) {
        if ((course.sessions[course.sessions.length - 1]?.endsAt.getTime() ?? 0) < now.getTime()) continue
        await releaseStaleClaims(course, now)
        await releaseLeftBehind(course, now, log)
        settled = addQueueReports(settled, await deps.runInTransaction(transaction => settleCourse(deps, transaction, course._id, now, log)))
        await renumber(course._id, renumberUntil)
        remindersQueued += await remindTomorrow(course, now)
      }
      return { ...settled, remindersQueued }
    },
  }
}
