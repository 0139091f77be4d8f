import type { CallerRole } from './case-access'
import type { CaseOutcomeKind } from '../../src/domain/legal-aid/case-outcomes'
import type { AssigneeKind, CaseStatus } from '../../src/domain/legal-aid/case-status'
import type { CaseType } from '../../src/domain/legal-aid/case-types'
import type { LegalAidSettings } from '../../src/domain/legal-aid/legal-aid-settings'
import type { ServiceMode } from '../../src/domain/legal-aid/legal-services'
import type { RosterDays, TimeRange } from '../../src/domain/legal-aid/roster'
import type { StoredDocument } from '../runtime/typed-collection'

export const SLOTS_COLLECTION = 'legal_slots'
export const CLAIMS_COLLECTION = 'legal_claims'
export { CASES_COLLECTION } from '../runtime/repositories/case-figures-repository'
export const BOOKERS_COLLECTION = 'legal_bookers'
export const ROSTERS_COLLECTION = 'legal_rosters'
export const CLOSURES_COLLECTION = 'legal_day_closures'
export const SERVICES_COLLECTION = 'legal_services'
export const SETTINGS_COLLECTION = 'legal_settings'

/**
 * A slot a roster materialised. `booked` counts `holders`, the cases holding a place: a place is
 * claimed by one atomic conditional update (`booked < capacity`, the case not yet a holder), then the
 * booking's transaction settles the claim (a `ClaimDocument`). A claim never settled (a crash between
 * the two) is released after a while by the booking path and the daily upkeep.
 */
export interface SlotDocument extends StoredDocument {
  readonly rosterId: string
  readonly serviceKey: string
  /** Shanghai day, `YYYY-MM-DD`. */
  readonly day: string
  readonly startMinute: number
  readonly endMinute: number
  readonly startsAt: Date
  readonly endsAt: Date
  readonly capacity: number
  readonly booked: number
  readonly holders: readonly string[]
  /** When each holder claimed its place, by case id; dropped once the claim is found booked (never stale then). */
  readonly claimedAt: Readonly<Record<string, Date>>
  readonly room: string
  readonly hostUserId: string
  readonly hostName: string
  /**
   * `open` takes bookings; `closed` is a closed day (its bookings cancelled); `withdrawn` is a slot its roster
   * no longer makes (changed or retired) kept for the bookings it holds: they stand, nobody new books it.
   */
  readonly status: 'open' | 'closed' | 'withdrawn'
  readonly closedReason: string | null
  readonly createdAt: Date
  readonly updatedAt: Date
}

/**
 * How a claim on a place ended, one document per case id: `booked` written by the booking's transaction,
 * `void` by whoever gives the place back (a closed day, the release of a stale claim) before it could be.
 * Whichever is written first wins, so a booking and the release of its place can never both happen.
 * It is a document of its own, not a field of the slot, so the bookings of one slot's places never write
 * the same document and do not make each other's transactions start over.
 */
export interface ClaimDocument extends StoredDocument {
  readonly slotId: string
  readonly verdict: 'booked' | 'void'
  readonly at: Date
}

/** Who moved a case, as stored: the worker, a role acting on it, or the system (a closed day, the timer). */
export interface TimelineEntry {
  readonly status: CaseStatus
  readonly at: Date
  /** Null for the worker themselves and for the system. */
  readonly byUserId: string | null
  readonly byRole: CallerRole | 'self' | 'system'
  readonly assigneeKind: AssigneeKind | null
  readonly note: string | null
}

/** A booking and everything that follows from it, in `legal_cases`. */
export interface CaseDocument extends StoredDocument {
  /** The worker; null once they deleted their data or the case was anonymised. */
  readonly userId: string | null
  /** One open booking per person and slot (unique, sparse); gone when the booking ends or the person is forgotten. */
  readonly seatKey?: string
  readonly serviceKey: string
  readonly serviceName: string
  readonly serviceMode: ServiceMode
  readonly slotId: string
  readonly rosterId: string
  readonly day: string
  /** `YYYY-MM` of the appointment, for the monthly figures. */
  readonly month: string
  readonly startMinute: number
  readonly endMinute: number
  readonly startsAt: Date
  readonly endsAt: Date
  readonly room: string
  readonly hostUserId: string
  readonly hostName: string
  readonly caseType: CaseType
  readonly description: string | null
  readonly consent: { readonly version: string; readonly grantedAt: Date } | null
  readonly contactName: string | null
  readonly phone: string | null
  readonly phoneMasked: string | null
  readonly employer: string | null
  readonly photos: readonly string[]
  readonly status: CaseStatus
  /** Whether the worker was ever received (已接待): the figures count it even after closing. */
  readonly received: boolean
  readonly assignee: { readonly userId: string; readonly name: string; readonly kind: AssigneeKind } | null
  /** The host and the assignee: the lawyers and staff whose own list the case is on. */
  readonly handlerUserIds: readonly string[]
  readonly outcomeKind: CaseOutcomeKind | null
  /** What the host wrote for the worker when closing; personal, unlike the kind the figures count. */
  readonly outcomeNote: string | null
  readonly rating: { readonly score: number; readonly at: Date } | null
  readonly ratingComment: string | null
  /** The case's history; its notes may name people, so it goes when the case is anonymised. */
  readonly timeline: readonly TimelineEntry[]
  readonly closedAt: Date | null
  readonly closedMonth: string | null
  /** When the case ended (closed, cancelled, no-show): the retention period runs from here. */
  readonly finishedAt: Date | null
  readonly createdAt: Date
  readonly updatedAt: Date
  readonly anonymisedAt?: Date
}

/** A booking a person holds, as their booking record keeps it. */
export interface HeldEntry {
  readonly caseId: string
  readonly slotId: string
  readonly startsAt: Date
  readonly endsAt: Date
}

/**
 * One person's standing with the reception room (`_id` = their user id): the bookings they hold and
 * their no-shows. Every booking reads and writes it in its transaction, so one person's bookings are
 * decided one after another: no two overlapping, no more than the allowed number open.
 */
export interface BookerDocument extends StoredDocument {
  readonly userId: string
  readonly held: readonly HeldEntry[]
  /** Missed appointments, with the case, so a no-show corrected to 已接待 can be taken back. */
  readonly noShows: readonly { readonly caseId: string; readonly at: Date }[]
  readonly pause: { readonly startedAt: Date; readonly until: Date; readonly noShows: number } | null
  readonly updatedAt: Date
}

export interface RosterDocument extends StoredDocument {
  readonly serviceKey: string
  readonly days: RosterDays
  readonly ranges: readonly TimeRange[]
  readonly slotMinutes: number
  readonly placesPerSlot: number
  readonly room: string
  readonly hostUserId: string
  readonly hostName: string
  readonly validFrom: string | null
  readonly validUntil: string | null
  readonly active: boolean
  readonly createdAt: Date
  readonly updatedAt: Date
}

/** A day closed for one roster, or (rosterId `*`) for the whole centre: `_id` is `<day>_<rosterId or *>`. */
export interface ClosureDocument extends StoredDocument {
  readonly day: string
  readonly rosterId: string
  readonly reason: string
  readonly closedByUserId: string | null
  readonly createdAt: Date
}

export interface ServiceDocument extends StoredDocument {
  readonly name: string
  readonly description: string
  readonly mode: ServiceMode
  readonly order: number
  readonly active: boolean
  readonly updatedAt: Date
}

export interface SettingsDocument extends StoredDocument, LegalAidSettings {
  readonly updatedAt: Date
}

export const SETTINGS_ID = 'current'
export const WHOLE_CENTRE = '*'
