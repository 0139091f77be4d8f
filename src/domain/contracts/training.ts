import * as v from 'valibot'
import { AUDIENCES, type Audience, type CourseKind, type DetailField } from '../training/course-kinds'
import { courseInputSchema, type CourseInput } from '../training/course-input'
import type { EnrollmentState } from '../training/enrollment-states'
import { action, defineFunction } from './define-contract'
import { cursor, documentId, mobilePhone, nonEmptyText, text } from './payload-fields'
import { EVERYONE, STAFF, TIMER_ONLY } from './roles'

/** Where a course's sign-up stands now: not yet open (with a countdown), open, or over. */
export type SignUpPhase = 'upcoming' | 'open' | 'closed'

export interface SessionView {
  readonly sessionId: string
  readonly title: string
  /** Shanghai day and wall-clock times, as shown. */
  readonly day: string
  readonly start: string
  readonly end: string
  /** ISO instants. */
  readonly startsAt: string
  readonly endsAt: string
  readonly venue: string
}

/** A course in the list. */
export interface CourseSummary {
  readonly courseId: string
  readonly kind: CourseKind
  readonly kindLabel: string
  readonly title: string
  readonly organiser: string
  readonly venue: string
  readonly audienceLabels: readonly string[]
  /** First and last session, ISO. */
  readonly startsAt: string
  readonly endsAt: string
  readonly sessionCount: number
  readonly capacity: number
  /** Open-pool places not taken or offered; quota places are counted in their quota. */
  readonly placesLeft: number
  readonly waiting: number
  readonly signUp: { readonly phase: SignUpPhase; readonly opensAt: string; readonly closesAt: string }
  readonly status: 'published' | 'cancelled'
  /** The caller's open enrollment state, or null. */
  readonly myState: EnrollmentState | null
}

export interface QuotaView {
  readonly quotaId: string
  readonly union: string
  readonly places: number
  readonly left: number
  /** ISO; unused places return to the open pool after it. */
  readonly until: string
  readonly released: boolean
}

/** What stands between the caller and a sign-up, in plain words; shown before they fill anything in. */
export interface Eligibility {
  /** False when something known already rules the caller out (completed before, prerequisite missing). */
  readonly eligible: boolean
  readonly reasons: readonly string[]
  /** The requirements as the course states them, e.g. "农民工、班组长", "18–55 岁", "需先完成《…》". */
  readonly requirements: readonly string[]
}

/** The caller's own standing with a course. */
export interface MyEnrollment {
  readonly enrollmentId: string
  readonly courseId: string
  readonly courseTitle: string
  readonly state: EnrollmentState
  readonly stateLabel: string
  /** While waiting: 1 is next. */
  readonly position: number | null
  /** While offered: claim by then (ISO). */
  readonly offerExpiresAt: string | null
  readonly attendedSessionIds: readonly string[]
  readonly attendedCount: number
  /** Sessions to attend to complete. */
  readonly requiredCount: number
  readonly completed: boolean
  readonly canCancel: boolean
  /** ISO; after it the page gives the organiser's number instead. */
  readonly cancelUntil: string
  readonly signedUpAt: string
}

export interface CourseDetail extends CourseSummary {
  readonly description: string
  readonly sessions: readonly SessionView[]
  readonly audiences: readonly Audience[]
  readonly detailFields: readonly DetailField[]
  readonly quotas: readonly QuotaView[]
  readonly eligibility: Eligibility
  readonly completionShare: number
  readonly claimWindowHours: number
  readonly cancelUntil: string
  readonly cancelledReason: string | null
  readonly mine: MyEnrollment | null
  /** Server time (ISO) the answer was made at, for the opening countdown. */
  readonly at: string
}

/** A course as staff edit it: the input as saved, plus its id and status. */
export interface EditableCourse {
  readonly courseId: string
  readonly status: 'published' | 'cancelled'
  readonly input: CourseInput
}

export interface Page<T> {
  readonly items: readonly T[]
  readonly nextCursor: string | null
}

/** One person on the roster, for staff. */
export interface RosterRow {
  readonly enrollmentId: string
  readonly name: string | null
  readonly phoneMasked: string | null
  readonly audienceLabel: string | null
  readonly age: number | null
  readonly employer: string | null
  readonly union: string | null
  readonly trade: string | null
  readonly state: EnrollmentState
  readonly stateLabel: string
  readonly position: number | null
  readonly fromQuota: string | null
  readonly signedUpAt: string
  readonly attendedSessionIds: readonly string[]
  readonly completed: boolean
}

export interface CourseRoster {
  readonly course: CourseDetail
  readonly enrolled: number
  readonly waiting: number
  readonly rows: readonly RosterRow[]
  readonly nextCursor: string | null
}

/** A session's check-in code for staff to show at the venue. */
export interface CheckInCode {
  readonly sessionId: string
  /** The `scene` the code carries (≤ 32 characters). */
  readonly scene: string
  /** The mini-program code as a PNG, base64. */
  readonly pngBase64: string
  /** ISO: when check-in opens and closes for this session. */
  readonly opensAt: string
  readonly closesAt: string
}

export interface CheckInResult {
  readonly courseId: string
  readonly courseTitle: string
  readonly sessionTitle: string
  readonly alreadyCheckedIn: boolean
  readonly attendedCount: number
  readonly requiredCount: number
  readonly completed: boolean
}

export interface Certificate {
  readonly certificateNo: string
  readonly name: string
  readonly courseTitle: string
  readonly kindLabel: string
  readonly organiser: string
  readonly attendedCount: number
  readonly sessionCount: number
  /** ISO. */
  readonly completedAt: string
  readonly firstDay: string
  readonly lastDay: string
}

export interface RosterExport {
  readonly fileName: string
  /** A temporary download link to the XLSX in storage. */
  readonly url: string
  readonly fileId: string
  readonly rows: number
}

export interface CancelledCourse {
  readonly courseId: string
  /** People enrolled, offered or waiting who were told. */
  readonly notified: number
}

export interface TrainingUpkeepReport {
  readonly offersExpired: number
  readonly offersMade: number
  readonly quotasReleased: number
  readonly remindersQueued: number
}

const courseId = documentId
/** A check-in code's scene: what `wxacode.getUnlimited` carries, ≤ 32 of the characters WeChat allows in it. */
export const checkInSceneSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(32), v.regex(/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/, '这个签到码无法识别'))

export const signUpDetailsSchema = v.strictObject({
  name: nonEmptyText(20),
  phone: mobilePhone,
  audience: v.picklist(AUDIENCES),
  age: v.optional(v.pipe(v.number(), v.integer(), v.minValue(16, '年龄不能小于 16 岁'), v.maxValue(80, '年龄不能大于 80 岁'))),
  employer: v.optional(nonEmptyText(50)),
  union: v.optional(nonEmptyText(40)),
  trade: v.optional(nonEmptyText(20)),
})

export const trainingContract = defineFunction(
  'training',
  {
    /** Published courses, soonest first, with places left and the caller's standing. */
    listCourses: action<Page<CourseSummary>>()({ payload: v.strictObject({ cursor: v.optional(cursor) }), allow: EVERYONE }),
    getCourse: action<CourseDetail>()({ payload: v.strictObject({ courseId }), allow: EVERYONE }),
    /**
     * Signs the caller up: a place if one is free (or in their union's quota), else the waitlist in
     * arrival order. Race-free; the same requestId replays the same answer.
     */
    /** Its own record: thousands sign up at once when a course opens, and a waitlist place is one insert. */
    signUp: action<MyEnrollment>()({ payload: v.strictObject({ courseId, details: signUpDetailsSchema }), allow: EVERYONE, idempotent: 'own-record' }),
    /** Takes the place offered to the caller, before the offer expires. */
    claimOffer: action<MyEnrollment>()({ payload: v.strictObject({ courseId }), allow: EVERYONE, idempotent: true }),
    /** Cancels a place, leaves the waitlist or declines an offer, until the cut-off; a freed place goes to the next in line. */
    withdraw: action<MyEnrollment>()({ payload: v.strictObject({ courseId }), allow: EVERYONE, idempotent: true }),
    /** Checks the caller in to the session a scanned code names, if enrolled and within its window. */
    checkIn: action<CheckInResult>()({ payload: v.strictObject({ scene: checkInSceneSchema }), allow: EVERYONE, idempotent: true }),
    /** 我的培训: the caller's enrollments, newest first. */
    listMyEnrollments: action<Page<MyEnrollment>>()({ payload: v.strictObject({ cursor: v.optional(cursor) }), allow: EVERYONE }),
    /** The caller's completion certificate for a course they completed. */
    getCertificate: action<Certificate>()({ payload: v.strictObject({ courseId }), allow: EVERYONE }),

    /** Every course, newest first, for staff (cancelled ones too). */
    listManagedCourses: action<Page<CourseSummary>>()({ payload: v.strictObject({ cursor: v.optional(cursor) }), allow: STAFF }),
    getEditableCourse: action<EditableCourse>()({ payload: v.strictObject({ courseId }), allow: STAFF }),
    /** Creates or edits a course; capacity may not drop below the places already taken. */
    saveCourse: action<CourseDetail>()({
      payload: v.strictObject({ courseId: v.optional(courseId), course: courseInputSchema }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    /** Cancels a course: everyone enrolled, offered or waiting gets a message. */
    cancelCourse: action<CancelledCourse>()({
      payload: v.strictObject({ courseId, reason: nonEmptyText(60) }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    /** The roster with attendance, a page at a time. Audited: it holds personal details. */
    getRoster: action<CourseRoster>()({ payload: v.strictObject({ courseId, cursor: v.optional(cursor) }), allow: STAFF, audited: true }),
    /** The roster as an XLSX in storage, with a temporary link to download it. Audited. */
    exportRoster: action<RosterExport>()({ payload: v.strictObject({ courseId }), allow: STAFF, audited: true }),
    /** A session's check-in code (a mini-program code for the check-in page). */
    getCheckInCode: action<CheckInCode>()({ payload: v.strictObject({ courseId, sessionId: documentId }), allow: STAFF }),
    /** Staff record or correct one person's attendance of a session (someone whose phone failed at the door). */
    setAttendance: action<RosterRow>()({
      payload: v.strictObject({ courseId, enrollmentId: documentId, sessionId: documentId, attended: v.boolean(), note: v.optional(v.pipe(text(100), v.trim())) }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    /** By the timer: lapsed offers passed on, quotas past their deadline returned to the pool, session reminders queued. */
    upkeep: action<TrainingUpkeepReport>()({ payload: v.strictObject({}), allow: TIMER_ONLY }),
  },
  {
    CourseNotFound: 'TRAINING.COURSE_NOT_FOUND',
    CourseCancelled: 'TRAINING.COURSE_CANCELLED',
    SignUpNotOpen: 'TRAINING.SIGN_UP_NOT_OPEN',
    SignUpClosed: 'TRAINING.SIGN_UP_CLOSED',
    NotEligible: 'TRAINING.NOT_ELIGIBLE',
    MissingDetails: 'TRAINING.MISSING_DETAILS',
    AlreadySignedUp: 'TRAINING.ALREADY_SIGNED_UP',
    NoOffer: 'TRAINING.NO_OFFER',
    OfferExpired: 'TRAINING.OFFER_EXPIRED',
    NotSignedUp: 'TRAINING.NOT_SIGNED_UP',
    CutoffPassed: 'TRAINING.CUTOFF_PASSED',
    UnknownCode: 'TRAINING.UNKNOWN_CODE',
    NotEnrolled: 'TRAINING.NOT_ENROLLED',
    CheckInClosed: 'TRAINING.CHECK_IN_CLOSED',
    NotCompleted: 'TRAINING.NOT_COMPLETED',
    SessionNotFound: 'TRAINING.SESSION_NOT_FOUND',
    CapacityBelowTaken: 'TRAINING.CAPACITY_BELOW_TAKEN',
    InvalidCourse: 'TRAINING.INVALID_COURSE',
  },
)

export type TrainingContract = typeof trainingContract
