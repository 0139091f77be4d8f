import type { CourseDetail, CourseSummary, Eligibility, MyEnrollment, QuotaView, RosterRow, SessionView } from '../../src/domain/contracts/training'
import { minutesToClockTime } from '../../src/domain/time/clock-time'
import { shanghaiParts } from '../../src/domain/time/shanghai-time'
import { AUDIENCE_LABELS, COURSE_KIND_LABELS } from '../../src/domain/training/course-kinds'
import { requiredSessions, signUpPhase } from '../../src/domain/training/course-rules'
import { ENROLLMENT_STATE_LABELS, OPEN_ENROLLMENT_STATES, type EnrollmentState } from '../../src/domain/training/enrollment-states'
import type { CourseDocument, EnrollmentDocument, StoredSession } from '../../src/domain/training/stored-documents'
import { maskPhone } from '../../src/domain/users/mask-phone'

export function toSessionView(session: StoredSession, course: Pick<CourseDocument, 'venue'>): SessionView {
  const start = shanghaiParts(session.startsAt)
  return {
    sessionId: session.sessionId,
    title: session.title,
    day: start.dateKey,
    start: minutesToClockTime(start.minuteOfDay),
    end: minutesToClockTime(shanghaiParts(session.endsAt).minuteOfDay),
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    venue: session.venue ?? course.venue,
  }
}

/** Open-pool places neither held nor offered. */
export function placesLeft(course: CourseDocument): number {
  return Math.max(0, (course.openCapacity ?? 0) - (course.openTaken ?? 0))
}

export function quotaViews(course: CourseDocument): QuotaView[] {
  return course.quotas.map(quota => ({
    quotaId: quota.quotaId,
    union: quota.union,
    places: quota.places,
    left: quota.released ? 0 : Math.max(0, quota.places - (course.quotaTaken?.[quota.quotaId] ?? 0)),
    until: quota.until.toISOString(),
    released: quota.released,
  }))
}

/** A course's state as the person sees it: an open enrollment of a cancelled course reads as cancelled. */
export function effectiveState(enrollment: EnrollmentDocument, course: Pick<CourseDocument, 'status'>): EnrollmentState {
  return course.status === 'cancelled' && OPEN_ENROLLMENT_STATES.includes(enrollment.state) ? 'course-cancelled' : enrollment.state
}

export function toSummary(course: CourseDocument, waiting: number, mine: EnrollmentDocument | null, now: Date): CourseSummary {
  const first = course.sessions[0]
  const last = course.sessions[course.sessions.length - 1]
  return {
    courseId: course._id,
    kind: course.kind,
    kindLabel: COURSE_KIND_LABELS[course.kind],
    title: course.title,
    organiser: course.organiser,
    venue: course.venue,
    audienceLabels: course.audiences.map(audience => AUDIENCE_LABELS[audience]),
    startsAt: (first?.startsAt ?? course.signUpClosesAt).toISOString(),
    endsAt: (last?.endsAt ?? course.signUpClosesAt).toISOString(),
    sessionCount: course.sessions.length,
    capacity: course.capacity,
    placesLeft: course.status === 'cancelled' ? 0 : placesLeft(course),
    waiting,
    signUp: { phase: course.status === 'cancelled' ? 'closed' : signUpPhase(course.signUpOpensAt, course.signUpClosesAt, now), opensAt: course.signUpOpensAt.toISOString(), closesAt: course.signUpClosesAt.toISOString() },
    status: course.status,
    myState: mine === null ? null : effectiveState(mine, course),
  }
}

export function toMyEnrollment(enrollment: EnrollmentDocument, course: CourseDocument, position: number | null, now: Date): MyEnrollment {
  const state = effectiveState(enrollment, course)
  const attended = Object.keys(enrollment.attendance).filter(sessionId => course.sessions.some(session => session.sessionId === sessionId))
  return {
    enrollmentId: enrollment._id,
    courseId: course._id,
    courseTitle: course.title,
    state,
    stateLabel: ENROLLMENT_STATE_LABELS[state],
    position: state === 'waiting' ? position : null,
    offerExpiresAt: state === 'offered' ? enrollment.offerExpiresAt?.toISOString() ?? null : null,
    attendedSessionIds: attended,
    attendedCount: attended.length,
    requiredCount: requiredSessions(course.sessions.length, course.completionShare),
    completed: enrollment.completedAt !== null,
    canCancel: OPEN_ENROLLMENT_STATES.includes(state) && now.getTime() < course.cancelUntil.getTime(),
    cancelUntil: course.cancelUntil.toISOString(),
    signedUpAt: enrollment.signedUpAt.toISOString(),
  }
}

export function toDetail(course: CourseDocument, waiting: number, mine: MyEnrollment | null, mineDocument: EnrollmentDocument | null, eligibility: Eligibility, now: Date): CourseDetail {
  return {
    ...toSummary(course, waiting, mineDocument, now),
    description: course.description,
    sessions: course.sessions.map(session => toSessionView(session, course)),
    audiences: course.audiences,
    detailFields: course.detailFields,
    quotas: quotaViews(course),
    eligibility,
    completionShare: course.completionShare,
    claimWindowHours: course.claimWindowHours,
    cancelUntil: course.cancelUntil.toISOString(),
    cancelledReason: course.cancelledReason,
    mine,
    at: now.toISOString(),
  }
}

export function toRosterRow(enrollment: EnrollmentDocument, course: CourseDocument, position: number | null): RosterRow {
  const state = effectiveState(enrollment, course)
  // Deleting one's data removes the details from the record (the field is then missing, not null).
  const details = enrollment.details ?? null
  return {
    enrollmentId: enrollment._id,
    name: details?.name ?? null,
    phoneMasked: details === null ? null : maskPhone(details.phone),
    audienceLabel: details === null ? null : AUDIENCE_LABELS[details.audience],
    age: details?.age ?? null,
    employer: details?.employer ?? null,
    union: details?.union ?? null,
    trade: details?.trade ?? null,
    state,
    stateLabel: ENROLLMENT_STATE_LABELS[state],
    position: state === 'waiting' ? position : null,
    fromQuota: enrollment.quotaId === null ? null : course.quotas.find(quota => quota.quotaId === enrollment.quotaId)?.union ?? null,
    signedUpAt: enrollment.signedUpAt.toISOString(),
    attendedSessionIds: Object.keys(enrollment.attendance).filter(sessionId => course.sessions.some(session => session.sessionId === sessionId)),
    completed: enrollment.completedAt !== null,
  }
}
