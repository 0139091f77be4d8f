import type { TrainingUpkeepReport } from '../../src/domain/contracts/training'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import type { CourseDocument } from '../../src/domain/training/stored-documents'
import { rankQueue } from '../../src/domain/training/waitlist-order'
import type { Logger } from '../runtime/logger'
import { addQueueReports, NOTHING_SETTLED, settleCourse } from './course-queue'
import type { CourseService } from './course-service'
import { STALE_CLAIM_MS } from './courses-repository'
import type { TrainingDependencies } from './training-dependencies'

/**
 * What the timer does every few minutes (one timer per function, so it does all of it): lapsed offers
 * passed on, quotas past their deadline returned to the pool and offered on, claims never written
 * released, cancellations still telling people carried on, the waitlist's stored positions renumbered,
 * and the reminder of tomorrow's session registered for everyone enrolled.
 */
export function upkeepService(deps: TrainingDependencies, courses: Pick<CourseService, 'tellCancelled'>) {
  async function releaseStaleClaims(course: CourseDocument, now: Date): Promise<void> {
    for (const { enrollmentId, counter } of await deps.courses.staleClaims(course, now, STALE_CLAIM_MS)) await deps.courses.release(course._id, enrollmentId, counter, now)
  }

  /** Writes each waiting person's position where it is not their rank any more (a rush, people leaving). */
  async function renumber(courseId: string): Promise<void> {
    const waiting = await deps.enrollments.waitingOf(courseId)
    for (const { entry, position } of rankQueue(waiting.map(enrollment => ({ ...enrollment, arrival: enrollment.arrival ?? 0 })))) {
      if (entry.position !== position) await deps.enrollments.setPosition(entry._id, position)
    }
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
        settled = addQueueReports(settled, await deps.runInTransaction(transaction => settleCourse(deps, transaction, course._id, now, log)))
        await renumber(course._id)
        remindersQueued += await remindTomorrow(course, now)
      }
      return { ...settled, remindersQueued }
    },
  }
}
