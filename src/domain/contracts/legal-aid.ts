import * as v from 'valibot'
import { ASSIGNEE_KINDS, type AssigneeKind, type CaseStatus } from '../legal-aid/case-status'
import { CASE_OUTCOME_KEYS, type CaseOutcomeKind } from '../legal-aid/case-outcomes'
import type { CaseStatistics } from '../legal-aid/case-statistics'
import { CASE_TYPE_KEYS, type CaseType } from '../legal-aid/case-types'
import { contactPhoneSchema } from '../legal-aid/contact-phone'
import { legalAidSettingsSchema, type LegalAidSettings } from '../legal-aid/legal-aid-settings'
import { legalServiceSchema, serviceKeySchema, type LegalService, type ServiceMode } from '../legal-aid/legal-services'
import { calendarDaySchema, rosterRuleSchema, type Roster } from '../legal-aid/roster'
import { storageFileIdSchema } from '../storage/stored-file-id'
import { action, defineFunction } from './define-contract'
import { cursor, documentId, monthKey, nonEmptyText, text } from './payload-fields'
import { ADMIN_ONLY, EVERYONE, STAFF, TIMER_ONLY, type Caller, type Role } from './roles'

/** Who handles cases: union staff, the lawyers on duty, admins. Which cases each may see is decided per case. */
export const CASE_HANDLERS: readonly Caller[] = ['staff', 'lawyer', 'admin']

/** A service as the worker chooses it. */
export interface ServiceView {
  readonly key: string
  readonly name: string
  readonly description: string
  readonly mode: ServiceMode
}

/** Numbers a worker can always call: the national hotline and the centre's own line (null until staff enter it). */
export interface CallNumbers {
  readonly hotline: string
  readonly centrePhone: string | null
  readonly centreName: string
}

/** What the booking screens need before the first slot is shown. */
export interface BookingOptions {
  readonly services: readonly ServiceView[]
  readonly numbers: CallNumbers
  readonly cancelCutoffMinutes: number
  readonly maxOpenBookings: number
  readonly horizonDays: number
  readonly retentionYears: number
  /** The consent version the description needs now. */
  readonly consentVersion: string
  /** Self-booking is paused after repeated no-shows: until when and why, in words. */
  readonly pause: { readonly until: string; readonly reason: string } | null
  /** The caller's WeChat-bound phone, masked, to offer as the contact number; null when none. */
  readonly boundPhoneMasked: string | null
  /** The caller's nickname, offered as how the host should address them. */
  readonly nickname: string
  readonly openBookings: number
}

/** One slot as a worker sees it: full slots are shown as full, not hidden. */
export interface SlotView {
  readonly slotId: string
  readonly serviceKey: string
  readonly day: string
  /** `09:00`. */
  readonly start: string
  readonly end: string
  /** ISO instants. */
  readonly startsAt: string
  readonly endsAt: string
  readonly room: string
  readonly hostName: string
  readonly capacity: number
  readonly placesLeft: number
  readonly full: boolean
  /** Why the slot takes no bookings (a closed day), or null. */
  readonly closedReason: string | null
  /** The caller holds a booking in this slot. */
  readonly mine: boolean
}

/** One day of the next two weeks, with its slots; a closed day says why. */
export interface SlotDay {
  readonly day: string
  readonly closedReason: string | null
  readonly slots: readonly SlotView[]
}

export interface SlotsAnswer {
  readonly service: ServiceView
  readonly days: readonly SlotDay[]
  /** ISO time the places were counted at. */
  readonly at: string
}

export interface CaseTimelineEntry {
  readonly status: CaseStatus
  readonly label: string
  readonly at: string
  /** Who moved it, in words: 本人, the host's or assignee's role (律师, 工作人员), or 系统. */
  readonly by: string
  readonly note: string | null
}

export interface CaseOutcomeView {
  readonly kind: CaseOutcomeKind
  readonly label: string
  /** The outcome in plain words for the worker. */
  readonly plain: string
  /** What the host wrote for the worker, if anything. */
  readonly note: string | null
}

export interface CaseRating {
  readonly score: number
  readonly label: string
  readonly comment: string | null
}

/** A case in a worker's list. */
export interface MyCaseSummary {
  readonly id: string
  readonly serviceName: string
  readonly caseTypeLabel: string
  readonly day: string
  readonly start: string
  readonly end: string
  readonly status: CaseStatus
  readonly statusLabel: string
}

/** A worker's own case, as they follow it to its end. */
export interface MyCase extends MyCaseSummary {
  readonly serviceKey: string
  readonly serviceMode: ServiceMode
  readonly caseType: CaseType
  readonly startsAt: string
  readonly endsAt: string
  readonly room: string
  readonly hostName: string
  readonly contactName: string | null
  readonly phoneMasked: string | null
  readonly employer: string | null
  readonly description: string | null
  readonly photoCount: number
  readonly assignee: { readonly name: string; readonly kind: AssigneeKind } | null
  readonly outcome: CaseOutcomeView | null
  readonly rating: CaseRating | null
  readonly timeline: readonly CaseTimelineEntry[]
  /** Whether the app can still cancel, and until when; after that the worker phones. */
  readonly cancel: { readonly allowed: boolean; readonly deadline: string }
  readonly canRate: boolean
  readonly numbers: CallNumbers
  readonly createdAt: string
}

export interface Page<T> {
  readonly items: readonly T[]
  readonly nextCursor: string | null
}

/** 我的咨询: the worker's cases, and the numbers to call, shown on that screen as on every other. */
export interface MyCasesPage extends Page<MyCaseSummary> {
  readonly numbers: CallNumbers
}

/** A case as the host's day list and case lists show it. */
export interface CaseRow {
  readonly caseId: string
  readonly day: string
  readonly start: string
  readonly end: string
  readonly serviceName: string
  readonly status: CaseStatus
  readonly statusLabel: string
  readonly caseTypeLabel: string
  /** How to address the worker; null once they deleted their data. */
  readonly contactName: string | null
  readonly phoneMasked: string | null
  readonly employer: string | null
  readonly hasDescription: boolean
  readonly photoCount: number
}

export interface DaySlot {
  readonly slotId: string
  readonly serviceName: string
  readonly start: string
  readonly end: string
  readonly room: string
  readonly hostName: string
  readonly capacity: number
  readonly booked: number
  readonly closedReason: string | null
  /** Its roster was retired or changed so it no longer makes this slot: the bookings stand, nobody new books it. */
  readonly withdrawn: boolean
  readonly cases: readonly CaseRow[]
}

/** 今日接待: a host's (or everyone's) slots of one day and who booked them. */
export interface DaySheet {
  readonly day: string
  readonly scope: 'mine' | 'all'
  readonly slots: readonly DaySlot[]
}

export interface HandlerView {
  readonly userId: string
  readonly name: string
  readonly role: Role
}

/** A case as the people handling it see it. */
export interface StaffCase extends MyCase {
  readonly hostUserId: string
  readonly assigneeUserId: string | null
  /** Evidence photos with temporary links (null when the file is gone). */
  readonly photos: readonly { readonly fileId: string; readonly url: string | null }[]
  readonly consent: { readonly version: string; readonly grantedAt: string } | null
  /** Null once the worker deleted their data or the case was anonymised. */
  readonly workerUserId: string | null
  readonly anonymised: boolean
}

export interface RosterView extends Roster {
  readonly serviceName: string
  readonly hostName: string
  /** Places booked in its slots still ahead: retiring the roster leaves them standing. */
  readonly bookingsAhead: number
}

export interface ClosureView {
  readonly day: string
  /** Null: the whole centre closed that day. */
  readonly rosterId: string | null
  readonly reason: string
}

/** The staff page of rosters: the rules, what they need to be edited, and what is closed ahead. */
export interface RostersPage {
  readonly rosters: readonly RosterView[]
  readonly services: readonly LegalService[]
  readonly hosts: readonly HandlerView[]
  readonly closures: readonly ClosureView[]
  readonly settings: LegalAidSettings
  /** Years in the booking horizon whose official holidays the calendar does not hold. */
  readonly uncoveredYears: readonly number[]
}

/** What materialising a roster did to its slots. */
export interface MaterialiseReport {
  readonly added: number
  readonly updated: number
  readonly removed: number
  /**
   * Slots holding bookings that the change would have altered or removed, left as they are: their
   * bookings stand (one the rule no longer makes takes no new ones).
   */
  readonly keptBooked: number
}

export interface SavedRoster {
  readonly roster: RosterView
  readonly slots: MaterialiseReport
}

export interface ClosedDay {
  readonly day: string
  readonly slotsClosed: number
  readonly bookingsCancelled: number
}

export interface UpkeepReport {
  readonly slots: MaterialiseReport
  readonly claimsReleased: number
  readonly casesAnonymised: number
  readonly filesDeleted: number
}

export interface StatisticsAnswer extends CaseStatistics {
  readonly from: string
  readonly to: string
}

const caseId = documentId
const note = v.pipe(text(300, { multiline: true }), v.trim())
const month = monthKey

/** How the step a handler takes on a case is written. */
const caseStepSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('mediating'), note: v.optional(note) }),
  v.strictObject({ kind: v.literal('assign'), assigneeUserId: documentId, assigneeKind: v.picklist(ASSIGNEE_KINDS), note: v.optional(note) }),
  v.strictObject({ kind: v.literal('close'), outcome: v.picklist(CASE_OUTCOME_KEYS), note: v.optional(note) }),
])

export const legalAidContract = defineFunction(
  'legalAid',
  {
    /** Services, the numbers to call, the rules, and whether the caller may book. */
    getBookingOptions: action<BookingOptions>()({ payload: v.strictObject({}), allow: EVERYONE }),
    /** A service's slots of the next two weeks by day, full ones marked full. */
    listSlots: action<SlotsAnswer>()({ payload: v.strictObject({ serviceKey: serviceKeySchema }), allow: EVERYONE }),
    /**
     * Books a place. Race-free: N people at the last place get one booking and N−1 SLOT_FULL; the same
     * requestId replays the same booking. A description needs the separate consent given with it.
     */
    bookSlot: action<MyCase>()({
      payload: v.strictObject({
        slotId: documentId,
        caseType: v.picklist(CASE_TYPE_KEYS),
        description: v.optional(v.pipe(text(1000, { multiline: true }), v.trim())),
        consent: v.optional(v.strictObject({ version: nonEmptyText(20), granted: v.boolean() })),
        contactName: v.optional(v.pipe(text(20), v.trim())),
        /** The number to reach the worker: typed, or the one bound through WeChat. */
        phone: v.variant('kind', [v.strictObject({ kind: v.literal('typed'), number: contactPhoneSchema }), v.strictObject({ kind: v.literal('bound') })]),
        employer: v.optional(v.pipe(text(50), v.trim())),
        photos: v.pipe(v.array(storageFileIdSchema), v.maxLength(3, '最多 3 张照片')),
      }),
      allow: EVERYONE,
      idempotent: true,
    }),
    listMyCases: action<MyCasesPage>()({ payload: v.strictObject({ cursor: v.optional(cursor) }), allow: EVERYONE }),
    getMyCase: action<MyCase>()({ payload: v.strictObject({ caseId }), allow: EVERYONE }),
    /** Cancels the caller's booking until the cut-off; after it the page gives the numbers to call. */
    cancelBooking: action<MyCase>()({ payload: v.strictObject({ caseId }), allow: EVERYONE, idempotent: true }),
    /** Rates a closed case once. */
    rateCase: action<MyCase>()({
      payload: v.strictObject({
        caseId,
        score: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
        comment: v.optional(v.pipe(text(200, { multiline: true }), v.trim())),
      }),
      allow: EVERYONE,
      idempotent: true,
    }),

    /** 今日接待: the slots of a day with who booked them (a host's own, or everyone's for staff). Each read is audited. */
    listDay: action<DaySheet>()({
      payload: v.strictObject({ day: calendarDaySchema, scope: v.picklist(['mine', 'all']) }),
      allow: CASE_HANDLERS,
      audited: true,
    }),
    /** Cases still being worked on: the caller's own (hosted or assigned), or all of them for staff. */
    listCases: action<Page<CaseRow>>()({
      payload: v.strictObject({ scope: v.picklist(['mine', 'all']), cursor: v.optional(cursor) }),
      allow: CASE_HANDLERS,
      audited: true,
    }),
    /** One case in full, for its host, its assignee or staff. Audited. */
    getCase: action<StaffCase>()({ payload: v.strictObject({ caseId }), allow: CASE_HANDLERS, audited: true }),
    /** The worker came (已接待) or did not (未到场); a no-show may be corrected to 已接待. */
    recordAttendance: action<StaffCase>()({
      payload: v.strictObject({ caseId, attended: v.boolean() }),
      allow: CASE_HANDLERS,
      audited: true,
      idempotent: true,
    }),
    /** Moves a received case on: 调解中, assigned to a lawyer or a leader (包案), or closed with its outcome. */
    progressCase: action<StaffCase>()({
      payload: v.strictObject({ caseId, step: caseStepSchema }),
      allow: CASE_HANDLERS,
      audited: true,
      idempotent: true,
    }),
    /** The worker's full number, for the handler's phone to dial; never shown on a screen. Audited. */
    revealContactPhone: action<{ readonly phone: string }>()({ payload: v.strictObject({ caseId }), allow: CASE_HANDLERS, audited: true }),
    /** Lawyers and staff a case can be assigned to (and rosters hosted by). */
    listHandlers: action<readonly HandlerView[]>()({ payload: v.strictObject({}), allow: CASE_HANDLERS }),

    listRosters: action<RostersPage>()({ payload: v.strictObject({}), allow: STAFF }),
    /**
     * Creates or replaces a roster (`rule.active` false retires it) and materialises its slots at once: booked
     * slots are never changed or removed, so retiring never cancels a booking (closing a day does).
     */
    saveRoster: action<SavedRoster>()({
      payload: v.strictObject({ rosterId: v.optional(documentId), rule: rosterRuleSchema }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    /** Closes a day for one roster or the whole centre: its bookings are cancelled with a message and an apology. */
    closeDay: action<ClosedDay>()({
      payload: v.strictObject({ day: calendarDaySchema, rosterId: v.optional(documentId), reason: nonEmptyText(40) }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    saveService: action<readonly LegalService[]>()({ payload: v.strictObject({ service: legalServiceSchema }), allow: STAFF, audited: true, idempotent: true }),
    saveSettings: action<LegalAidSettings>()({ payload: v.strictObject({ settings: legalAidSettingsSchema }), allow: ADMIN_ONLY, audited: true, idempotent: true }),
    /** Cases received and resolved, by month, type and outcome (the monthly report reads them). */
    stats: action<StatisticsAnswer>()({ payload: v.strictObject({ from: month, to: month }), allow: STAFF }),
    /** Daily, by the timer: slots materialised ahead, stale claims released, old closed cases anonymised. */
    upkeep: action<UpkeepReport>()({ payload: v.strictObject({}), allow: TIMER_ONLY }),
  },
  {
    ServiceNotFound: 'LEGAL_AID.SERVICE_NOT_FOUND',
    SlotNotFound: 'LEGAL_AID.SLOT_NOT_FOUND',
    SlotFull: 'LEGAL_AID.SLOT_FULL',
    SlotClosed: 'LEGAL_AID.SLOT_CLOSED',
    SlotStarted: 'LEGAL_AID.SLOT_STARTED',
    ConsentRequired: 'LEGAL_AID.CONSENT_REQUIRED',
    AlreadyBooked: 'LEGAL_AID.ALREADY_BOOKED',
    OverlappingBooking: 'LEGAL_AID.OVERLAPPING_BOOKING',
    TooManyOpenBookings: 'LEGAL_AID.TOO_MANY_OPEN_BOOKINGS',
    BookingPaused: 'LEGAL_AID.BOOKING_PAUSED',
    NoBoundPhone: 'LEGAL_AID.NO_BOUND_PHONE',
    PhotoNotFound: 'LEGAL_AID.PHOTO_NOT_FOUND',
    CaseNotFound: 'LEGAL_AID.CASE_NOT_FOUND',
    CutoffPassed: 'LEGAL_AID.CUTOFF_PASSED',
    CaseStateChanged: 'LEGAL_AID.CASE_STATE_CHANGED',
    NotRatable: 'LEGAL_AID.NOT_RATABLE',
    RosterNotFound: 'LEGAL_AID.ROSTER_NOT_FOUND',
    InvalidHost: 'LEGAL_AID.INVALID_HOST',
    InvalidAssignee: 'LEGAL_AID.INVALID_ASSIGNEE',
    DayInPast: 'LEGAL_AID.DAY_IN_PAST',
    InvalidRange: 'LEGAL_AID.INVALID_RANGE',
  },
)

export type LegalAidContract = typeof legalAidContract
