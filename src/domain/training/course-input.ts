import * as v from 'valibot'
import { documentId, nonEmptyText, text } from '../contracts/payload-fields'
import { isClockTime, type ClockTime } from '../time/clock-time'
import { isDateKey, type DateKey } from '../time/shanghai-time'
import { AUDIENCES, COURSE_KINDS, DETAIL_FIELDS, type Audience, type CourseKind, type DetailField } from './course-kinds'

/** A moment as staff type it: a Shanghai day and a wall-clock time. */
export interface ShanghaiMoment {
  readonly day: DateKey
  readonly time: ClockTime
}

export const shanghaiMomentSchema = v.strictObject({
  day: v.pipe(v.string(), v.check(isDateKey, '日期应写成 2026-11-04 这样')),
  time: v.pipe(v.string(), v.check(isClockTime, '时间应写成 09:00 这样')),
})

/** One class or round of a course: when and where; check-in is per session. */
export interface SessionInput {
  /** Kept when an existing session is edited, so its attendance stays with it; absent for a new one. */
  readonly sessionId?: string
  readonly title: string
  readonly day: DateKey
  readonly start: ClockTime
  readonly end: ClockTime
  /** Null: the course's venue. */
  readonly venue: string | null
}

/** Places set aside for one grassroots union (基层工会) until a deadline, then returned to the open pool. */
export interface QuotaInput {
  readonly union: string
  readonly places: number
  readonly until: ShanghaiMoment
}

/** A course or competition as staff create and edit it. Rules across fields are checked in course-rules. */
export interface CourseInput {
  readonly kind: CourseKind
  readonly title: string
  readonly organiser: string
  readonly venue: string
  readonly description: string
  readonly audiences: readonly Audience[]
  /** Inclusive age limits; null for none. */
  readonly minAge: number | null
  readonly maxAge: number | null
  /** People who completed this course before may not sign up again (the 金蓝领 course is once per person). */
  readonly onceOnly: boolean
  /** A course that must be completed first, or null. */
  readonly requiresCourseId: string | null
  readonly detailFields: readonly DetailField[]
  readonly capacity: number
  readonly signUpOpens: ShanghaiMoment
  readonly signUpCloses: ShanghaiMoment
  /** Until when a place can be cancelled or the waitlist left in the app. */
  readonly cancelUntil: ShanghaiMoment
  /** How long a freed place is held for the next waiting person. */
  readonly claimWindowHours: number
  /** Share of sessions (0–1) a person must attend to complete the course. */
  readonly completionShare: number
  readonly sessions: readonly SessionInput[]
  readonly quotas: readonly QuotaInput[]
}

const age = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(16, '年龄不能小于 16 岁'), v.maxValue(70, '年龄不能大于 70 岁')))

export const sessionInputSchema = v.strictObject({
  sessionId: v.optional(documentId),
  title: nonEmptyText(40),
  day: shanghaiMomentSchema.entries.day,
  start: shanghaiMomentSchema.entries.time,
  end: shanghaiMomentSchema.entries.time,
  venue: v.nullable(nonEmptyText(60)),
})

export const quotaInputSchema = v.strictObject({
  union: nonEmptyText(40),
  places: v.pipe(v.number(), v.integer(), v.minValue(1, '名额至少 1 个'), v.maxValue(1000)),
  until: shanghaiMomentSchema,
})

export const courseInputSchema = v.strictObject({
  kind: v.picklist(COURSE_KINDS),
  title: nonEmptyText(60),
  organiser: nonEmptyText(60),
  venue: nonEmptyText(60),
  description: v.pipe(text(2000, { multiline: true }), v.trim()),
  audiences: v.pipe(v.array(v.picklist(AUDIENCES)), v.minLength(1, '请至少选一类参加对象')),
  minAge: age,
  maxAge: age,
  onceOnly: v.boolean(),
  requiresCourseId: v.nullable(documentId),
  detailFields: v.pipe(v.array(v.picklist(DETAIL_FIELDS)), v.maxLength(DETAIL_FIELDS.length)),
  capacity: v.pipe(v.number(), v.integer(), v.minValue(1, '名额至少 1 个'), v.maxValue(5000, '名额最多 5000 个')),
  signUpOpens: shanghaiMomentSchema,
  signUpCloses: shanghaiMomentSchema,
  cancelUntil: shanghaiMomentSchema,
  claimWindowHours: v.pipe(v.number(), v.integer(), v.minValue(1, '确认时限至少 1 小时'), v.maxValue(168, '确认时限最多 7 天')),
  completionShare: v.pipe(v.number(), v.minValue(0.1, '结业要求至少出勤一成'), v.maxValue(1)),
  sessions: v.pipe(v.array(sessionInputSchema), v.minLength(1, '请至少安排一次课'), v.maxLength(60, '最多 60 次课')),
  quotas: v.pipe(v.array(quotaInputSchema), v.maxLength(50, '最多 50 个基层工会名额')),
}) satisfies v.GenericSchema<CourseInput>

/** What a person fills in at sign-up; which of the optional ones are required is the course's `detailFields`. */
export interface SignUpDetails {
  readonly name: string
  readonly phone: string
  /** The audience the person says they belong to (must be one of the course's). */
  readonly audience: Audience
  readonly age?: number
  readonly employer?: string
  readonly union?: string
  readonly trade?: string
}
