import { OPEN_ENROLLMENT_STATES, type EnrollmentState } from '../../src/domain/training/enrollment-states'
import type { EnrollmentDocument } from '../../src/domain/training/stored-documents'
import { rankQueue } from '../../src/domain/training/waitlist-order'

/** One roster line: the enrollment, and its place in the queue while waiting. */
export interface RosterEntry {
  readonly enrollment: EnrollmentDocument
  readonly position: number | null
}

const STATE_ORDER: readonly EnrollmentState[] = ['enrolled', 'offered', 'waiting', 'cancelled', 'left', 'expired', 'course-cancelled']

function time(date: Date | null): number {
  return date?.getTime() ?? 0
}

/**
 * The roster as staff read it: those with a place (in the order they got it), those offered one, the
 * waitlist in its order with positions, then those who left.
 */
export function orderRoster(enrollments: readonly EnrollmentDocument[]): RosterEntry[] {
  const waiting = rankQueue(enrollments.filter(enrollment => enrollment.state === 'waiting').map(enrollment => ({ ...enrollment, arrival: enrollment.arrival ?? 0 })))
  const positions = new Map(waiting.map(({ entry, position }) => [entry._id, position]))
  return [...enrollments]
    .sort((a, b) => {
      const byState = STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state)
      if (byState !== 0) return byState
      if (a.state === 'waiting') return (positions.get(a._id) ?? 0) - (positions.get(b._id) ?? 0)
      if (OPEN_ENROLLMENT_STATES.includes(a.state)) return time(a.enrolledAt ?? a.signedUpAt) - time(b.enrolledAt ?? b.signedUpAt) || (a._id < b._id ? -1 : 1)
      return time(a.updatedAt) - time(b.updatedAt) || (a._id < b._id ? -1 : 1)
    })
    .map(enrollment => ({ enrollment, position: positions.get(enrollment._id) ?? null }))
}
