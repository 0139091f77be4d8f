import { clockTimeToMinutes, minutesToClockTime } from '../time/clock-time'
import { shanghaiInstant, shanghaiParts } from '../time/shanghai-time'
import { textDigest } from '../stations/text-digest'
import { AUDIENCE_LABELS, type Audience } from './course-kinds'
import type { CourseInput, ShanghaiMoment, SignUpDetails } from './course-input'

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS

/** Check-in opens this long before a session starts (people arrive early) and closes at its end. */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * MINUTE_MS

export function momentInstant(moment: ShanghaiMoment): Date {
  return shanghaiInstant(moment.day, clockTimeToMinutes(moment.time))
}

/**
 * What is wrong with a course across its fields, in the words staff read beside the form; empty when
 * nothing is. The schema has checked each field alone.
 */
export function courseInputProblems(input: CourseInput): string[] {
  const problems: string[] = []
  const opens = momentInstant(input.signUpOpens).getTime()
  const closes = momentInstant(input.signUpCloses).getTime()
  if (closes <= opens) problems.push('报名截止时间要晚于报名开始时间')
  if (input.minAge !== null && input.maxAge !== null && input.minAge > input.maxAge) problems.push('最小年龄不能大于最大年龄')
  if ((input.minAge !== null || input.maxAge !== null) && !input.detailFields.includes('age')) problems.push('有年龄要求时，报名需要填年龄')
  if (input.quotas.length > 0 && !input.detailFields.includes('union')) problems.push('有基层工会名额时，报名需要填所在基层工会')
  const reserved = input.quotas.reduce((sum, quota) => sum + quota.places, 0)
  if (reserved > input.capacity) problems.push(`基层工会名额共 ${reserved} 个，超过了总名额 ${input.capacity} 个`)
  const unions = input.quotas.map(quota => quota.union)
  if (new Set(unions).size !== unions.length) problems.push('同一个基层工会只能设一项名额')
  for (const quota of input.quotas) {
    const until = momentInstant(quota.until).getTime()
    if (until <= opens || until > closes) problems.push(`${quota.union}的名额保留时间要在报名期间内`)
  }
  const ids = input.sessions.flatMap(session => (session.sessionId === undefined ? [] : [session.sessionId]))
  if (new Set(ids).size !== ids.length) problems.push('有两次课是同一次课，请刷新后再改')
  input.sessions.forEach((session, index) => {
    if (clockTimeToMinutes(session.end) <= clockTimeToMinutes(session.start)) problems.push(`第 ${index + 1} 次课的结束时间要晚于开始时间`)
  })
  const firstStart = Math.min(...input.sessions.map(session => shanghaiInstant(session.day, clockTimeToMinutes(session.start)).getTime()))
  if (closes > firstStart) problems.push('报名要在第一次课开始前截止')
  if (momentInstant(input.cancelUntil).getTime() > firstStart) problems.push('取消报名的截止时间不能晚于第一次课开始')
  return problems
}

export type SignUpPhase = 'upcoming' | 'open' | 'closed'

export function signUpPhase(opensAt: Date, closesAt: Date, now: Date): SignUpPhase {
  if (now.getTime() < opensAt.getTime()) return 'upcoming'
  return now.getTime() < closesAt.getTime() ? 'open' : 'closed'
}

/** Sessions a person must attend to complete: the share of all sessions, rounded up, at least one. */
export function requiredSessions(sessionCount: number, completionShare: number): number {
  // The share is a decimal typed by staff (0.8); a float product like 4.000000000000001 must not round up.
  return Math.max(1, Math.ceil(Math.round(sessionCount * completionShare * 1e6) / 1e6))
}

/** When check-in at a session opens and closes. */
export function checkInWindow(session: { readonly startsAt: Date; readonly endsAt: Date }): { readonly opensAt: Date; readonly closesAt: Date } {
  return { opensAt: new Date(session.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS), closesAt: session.endsAt }
}

export function isCheckInOpen(session: { readonly startsAt: Date; readonly endsAt: Date }, now: Date): boolean {
  const window = checkInWindow(session)
  return now.getTime() >= window.opensAt.getTime() && now.getTime() <= window.closesAt.getTime()
}

/** When an offer made now lapses. */
export function offerExpiry(now: Date, claimWindowHours: number): Date {
  return new Date(now.getTime() + claimWindowHours * HOUR_MS)
}

export function isOfferLapsed(offerExpiresAt: Date | null, now: Date): boolean {
  return offerExpiresAt !== null && offerExpiresAt.getTime() <= now.getTime()
}

/** What a course asks of the people who sign up, as the course page lists it. */
export interface CourseRequirements {
  readonly audiences: readonly Audience[]
  readonly minAge: number | null
  readonly maxAge: number | null
  readonly onceOnly: boolean
  readonly requiresCourseId: string | null
}

export function ageWords(minAge: number | null, maxAge: number | null): string | null {
  if (minAge !== null && maxAge !== null) return `${minAge}–${maxAge} 岁`
  if (minAge !== null) return `${minAge} 岁以上`
  if (maxAge !== null) return `${maxAge} 岁以下`
  return null
}

export function audienceWords(audiences: readonly Audience[]): string {
  return audiences.map(audience => AUDIENCE_LABELS[audience]).join('、')
}

export function requirementWords(course: CourseRequirements, requiredTitle: string | null): string[] {
  const words = [`参加对象：${audienceWords(course.audiences)}`]
  const ages = ageWords(course.minAge, course.maxAge)
  if (ages !== null) words.push(`年龄：${ages}`)
  if (course.requiresCourseId !== null) words.push(`需先完成《${requiredTitle ?? '指定课程'}》`)
  if (course.onceOnly) words.push('每人只能参加一次')
  return words
}

/**
 * What the caller's own record says before they fill anything in: a course taken once only that they
 * completed, or a prerequisite they have not. Audience and age are declared at sign-up, so not here.
 */
export function historyReasons(course: CourseRequirements & { readonly courseId: string }, completedCourseIds: ReadonlySet<string>, requiredTitle: string | null): string[] {
  const reasons: string[] = []
  if (course.onceOnly && completedCourseIds.has(course.courseId)) reasons.push('您已经完成过这个课程，每人只能参加一次')
  if (course.requiresCourseId !== null && !completedCourseIds.has(course.requiresCourseId)) reasons.push(`要先完成《${requiredTitle ?? '指定课程'}》才能报名`)
  return reasons
}

/** What the details given at sign-up rule out: an audience the course is not for, an age outside its limits. */
export function declaredReasons(course: CourseRequirements, details: Pick<SignUpDetails, 'audience' | 'age'>): string[] {
  const reasons: string[] = []
  if (!course.audiences.includes('all') && !course.audiences.includes(details.audience)) {
    reasons.push(`这个课程面向${audienceWords(course.audiences)}，您选的是${AUDIENCE_LABELS[details.audience]}`)
  }
  const ages = ageWords(course.minAge, course.maxAge)
  if (details.age !== undefined && ages !== null) {
    if ((course.minAge !== null && details.age < course.minAge) || (course.maxAge !== null && details.age > course.maxAge)) reasons.push(`这个课程要求年龄${ages}`)
  }
  return reasons
}

/** An instant as `12月3日 18:00` in Shanghai: how the course pages and refusals say when. */
export function momentWords(instant: Date): string {
  const parts = shanghaiParts(instant)
  return `${parts.month}月${parts.day}日 ${minutesToClockTime(parts.minuteOfDay)}`
}

/** The sessions of the course a person attended (attendance of a session since removed does not count). */
export function attendedSessionIds(attendance: Readonly<Record<string, unknown>>, sessionIds: readonly string[]): string[] {
  return sessionIds.filter(sessionId => Object.prototype.hasOwnProperty.call(attendance, sessionId))
}

/**
 * A certificate's number: the year of completion and eight characters derived from the enrollment, so
 * the same completion always prints the same number and none can be derived from another's.
 */
export function certificateNumber(enrollmentId: string, completedAt: Date): string {
  return `JG${shanghaiParts(completedAt).year}-${textDigest(`certificate|${enrollmentId}`).slice(0, 8).toUpperCase()}`
}

/** A check-in code's scene for a session: `t.` and the session's id (random, so not guessable from another's). */
export function checkInScene(sessionId: string): string {
  return `t.${sessionId}`
}

/** The session a scanned scene names, or null for a scene that is not a check-in code. */
export function sessionIdOfScene(scene: string): string | null {
  const match = /^t\.(s[A-Za-z0-9_-]{1,29})$/.exec(scene)
  return match?.[1] ?? null
}
