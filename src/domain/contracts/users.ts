import * as v from 'valibot'
import { UPLOAD_AREAS } from '../storage/upload-folder'
import { USER_SEARCH_MAX } from '../users/user-search'
import { action, defineFunction } from './define-contract'
import { cursor, documentId, nonEmptyText, text } from './payload-fields'
import { ADMIN_ONLY, EVERYONE, ROLES, TIMER_ONLY, type Role } from './roles'

/** The privacy policy version the app currently shows; consent to an older one is asked again. */
export const PRIVACY_POLICY_VERSION = '2026-12-04'

export const CONSENT_KINDS = ['privacy-policy', 'case-description'] as const
export type ConsentKind = (typeof CONSENT_KINDS)[number]

export interface ConsentRecord {
  readonly version: string
  readonly granted: boolean
  /** ISO timestamp of the decision. */
  readonly decidedAt: string
}

/** What a person sees of their own profile. The openid never leaves the server. */
export interface MyProfile {
  readonly userId: string
  readonly nickname: string
  readonly role: Role
  /** `138****8000`, or null before the phone-number button was used. */
  readonly phoneMasked: string | null
  readonly largeText: boolean
  readonly consents: Readonly<Partial<Record<ConsentKind, ConsentRecord>>>
  readonly createdAt: string
}

export interface UserSummary {
  readonly userId: string
  readonly nickname: string
  readonly role: Role
  readonly phoneTail: string | null
  readonly createdAt: string
}

export interface MyDataExport {
  readonly generatedAt: string
  /** Every record held about the caller, by collection, with internal identifiers removed. */
  readonly records: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>
  /** Temporary links (two hours) to the photos the person uploaded, by file id, to show them; null for one that is gone. */
  readonly fileLinks?: Readonly<Record<string, string | null>>
}

export interface DeletionReport {
  readonly deletedAt: string
  /** How many records were deleted or anonymised, by collection. */
  readonly removed: Readonly<Record<string, number>>
  /** How many files the person had uploaded (report photos) were deleted from storage. */
  readonly filesDeleted: number
}

/**
 * Sent with deleteMyData, which the app calls only after the person confirmed twice: a call without
 * these words (a stray or malformed one) deletes nothing.
 */
export const DELETE_MY_DATA_CONFIRMATION = '删除我的数据'

export const usersContract = defineFunction(
  'users',
  {
    /** Returns the caller's profile, creating it on the first visit. */
    getMe: action<MyProfile>()({ payload: v.strictObject({}), allow: EVERYONE }),
    updatePreferences: action<MyProfile>()({
      payload: v.strictObject({
        nickname: v.optional(nonEmptyText(20)),
        largeText: v.optional(v.boolean()),
      }),
      allow: EVERYONE,
    }),
    recordConsent: action<MyProfile>()({
      payload: v.strictObject({
        kind: v.picklist(CONSENT_KINDS),
        version: nonEmptyText(20),
        granted: v.boolean(),
      }),
      allow: EVERYONE,
    }),
    /** Exchanges the code from WeChat's phone-number button for the number itself. */
    bindPhone: action<MyProfile>()({
      payload: v.strictObject({ code: nonEmptyText(128) }),
      allow: EVERYONE,
    }),
    /**
     * Where the caller's uploads of one kind go (`<area>/<userId>/`): the functions accept a photo only from
     * the caller's own folder. Asked before each upload; it reads and writes nothing.
     */
    getUploadFolder: action<{ readonly folder: string }>()({ payload: v.strictObject({ area: v.picklist(UPLOAD_AREAS) }), allow: EVERYONE }),
    exportMyData: action<MyDataExport>()({ payload: v.strictObject({}), allow: EVERYONE }),
    deleteMyData: action<DeletionReport>()({
      payload: v.strictObject({ confirmation: v.literal(DELETE_MY_DATA_CONFIRMATION) }),
      allow: EVERYONE,
    }),
    /** Admins: everyone, newest first, or by nickname, phone tail or a whole 用户编号 (see readUserSearch). */
    listUsers: action<{ items: readonly UserSummary[]; nextCursor: string | null }>()({
      payload: v.strictObject({ search: v.optional(text(USER_SEARCH_MAX)), cursor: v.optional(cursor) }),
      allow: ADMIN_ONLY,
    }),
    setRole: action<UserSummary>()({
      payload: v.strictObject({ userId: documentId, role: v.picklist(ROLES) }),
      allow: ADMIN_ONLY,
      audited: true,
    }),
    /** Daily housekeeping by the timer trigger: forgets replay answers older than a week. */
    purgeExpiredRecords: action<{ idempotencyKeysRemoved: number }>()({ payload: v.strictObject({}), allow: TIMER_ONLY }),
  },
  {
    PhoneCodeInvalid: 'USERS.PHONE_CODE_INVALID',
    UserNotFound: 'USERS.USER_NOT_FOUND',
    CannotChangeOwnRole: 'USERS.CANNOT_CHANGE_OWN_ROLE',
  },
)
