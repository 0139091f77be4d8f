import type { Audience, CourseKind, DetailField } from './course-kinds'
import type { EnrollmentState } from './enrollment-states'

/**
 * The training collections as stored. They are defined here, not in the training function, because two
 * sides read them: the training function (which alone writes them) and the monthly report, which counts
 * from them. A field may be added; changing one means changing both readers.
 */
export const COURSES_COLLECTION = 'training_courses'
export const ENROLLMENTS_COLLECTION = 'training_enrollments'

export interface StoredSession {
  readonly sessionId: string
  readonly title: string
  readonly startsAt: Date
  readonly endsAt: Date
  readonly venue: string | null
}

export interface StoredQuota {
  readonly quotaId: string
  readonly union: string
  readonly places: number
  /** After this, unused places return to the open pool (by the timer, or the first sign-up after it). */
  readonly until: Date
  readonly released: boolean
}

/** A course or competition, in `training_courses`. */
export interface CourseDocument {
  readonly _id: string
  readonly kind: CourseKind
  readonly title: string
  readonly organiser: string
  readonly venue: string
  readonly description: string
  readonly audiences: readonly Audience[]
  readonly minAge: number | null
  readonly maxAge: number | null
  readonly onceOnly: boolean
  readonly requiresCourseId: string | null
  readonly detailFields: readonly DetailField[]
  readonly capacity: number
  readonly signUpOpensAt: Date
  readonly signUpClosesAt: Date
  readonly cancelUntil: Date
  readonly claimWindowHours: number
  readonly completionShare: number
  /** In time order. */
  readonly sessions: readonly StoredSession[]
  readonly quotas: readonly StoredQuota[]
  readonly status: 'published' | 'cancelled'
  readonly cancelledReason: string | null
  readonly cancelledAt: Date | null
  readonly createdBy: string
  readonly createdAt: Date
  readonly updatedAt: Date
  // The place ledger, written only by the training function (the report need not read it). Places are
  // claimed by atomic conditional updates on these fields, so a rush of sign-ups makes no more claims
  // than there are places.
  /** Places of the open pool: capacity less the places of quotas not yet released. */
  readonly openCapacity?: number
  /** Open-pool places held (enrolled or offered), places of released quotas included. */
  readonly openTaken?: number
  /** Places held from each quota not yet released, by quota id. */
  readonly quotaTaken?: Readonly<Record<string, number>>
  /** The enrollments holding a place (enrolled or offered), claims still being written included. */
  readonly holders?: readonly string[]
  /** When each claim not yet known to be written was made, by enrollment id (see the claims collection). */
  readonly claimedAt?: Readonly<Record<string, Date>>
  /** The ledger counter each unsettled claim counts in (`openTaken` or `quotaTaken.<quotaId>`), by enrollment id. */
  readonly claimPools?: Readonly<Record<string, string>>
  /** Open offers and when each lapses, by enrollment id: a read of the course finds lapsed ones at no cost. */
  readonly offers?: Readonly<Record<string, Date>>
  /** Waitlist tickets drawn: the n-th person to join the waitlist draws ticket n (see `arrival`). */
  readonly waitTickets?: number
  /** People who left the waitlist so far (offered a place, left it): a new ticket's position is the ticket less these. */
  readonly waitGone?: number
  /** A cancellation whose enrollments are still being told (too many for one transaction). */
  readonly cancelPending?: boolean
}

/** How a claimed place ended, in `training_claims` (the pattern of legal aid's `legal_claims`). */
export const CLAIMS_COLLECTION = 'training_claims'

export interface ClaimDocument {
  readonly _id: string
  readonly courseId: string
  readonly verdict: 'enrolled' | 'void'
  readonly at: Date
}

/** What the person gave at sign-up; cleared (null) when they delete their data. */
export interface StoredSignUpDetails {
  readonly name: string
  readonly phone: string
  readonly audience: Audience
  readonly age: number | null
  readonly employer: string | null
  readonly union: string | null
  readonly trade: string | null
}

/** One person's sign-up to one course, in `training_enrollments`, from first tap to completion. */
export interface EnrollmentDocument {
  readonly _id: string
  readonly courseId: string
  /** Null once the person deleted their data. */
  readonly userId: string | null
  readonly state: EnrollmentState
  /** When the sign-up arrived: the waitlist is in this order. */
  readonly signedUpAt: Date
  /** When the person got a place (directly, from a quota or by claiming an offer); null if never. */
  readonly enrolledAt: Date | null
  /** The quota their place came from, or null for the open pool. */
  readonly quotaId: string | null
  /** 1 is next, while `waiting`; null otherwise. */
  readonly position: number | null
  /** While `offered`: the offer lapses at this time. */
  readonly offerExpiresAt: Date | null
  /** When the person checked in to each session, by session id. */
  readonly attendance: Readonly<Record<string, Date>>
  /** When the required share of sessions was first reached; null until then. */
  readonly completedAt: Date | null
  /** Printed on the certificate; assigned at completion. */
  readonly certificateNo: string | null
  readonly details: StoredSignUpDetails | null
  /**
   * The waitlist ticket, drawn atomically from the course when the function found no place: the order
   * of arrival on the waitlist, without ties. `position` is the rank in it among those still waiting:
   * exact when written at sign-up, renumbered by the timer after people leave (pages rank it themselves).
   */
  readonly arrival?: number
  /**
   * Present while the enrollment is open: derived from the course and the person, unique (an index),
   * so a person holds one open enrollment per course however many requests race.
   */
  readonly openKey?: string
  /** When the state last changed (cancelled, left, expired, course-cancelled are dated by it). */
  readonly updatedAt: Date
}
