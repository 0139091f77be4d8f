import * as v from 'valibot'
import { BULLETIN_LIMITS, type Bulletin, type BulletinBody, type BulletinHeader } from '../bulletins/bulletin'
import { BULLETIN_KIND_KEY_PATTERN, BULLETIN_KIND_LABEL_MAX, type BulletinKind } from '../bulletins/bulletin-kinds'
import { bulletinPayloadSchema } from '../bulletins/bulletin-payload-schema'
import { SYNONYM_GROUPS_MAX, synonymGroupSchema } from '../bulletins/search-synonyms'
import type { HighlightSegment } from '../bulletins/highlight'
import type { ParseIssue, RecognisedField } from '../bulletins/parse-result'
import { SUBSCRIBE_DECISIONS, type SubscribeTemplateKey } from '../notifications/subscribe-templates'
import { action, defineFunction } from './define-contract'
import { cursor, documentId, nonEmptyText, pageSize, text } from './payload-fields'
import { EVERYONE, STAFF, TIMER_ONLY } from './roles'

/** Where a bulletin is in its life: staff write drafts, publish them, and may take them down again. */
export const BULLETIN_STATUSES = ['draft', 'published', 'unpublished'] as const
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number]

/** The longest search query: a few words, not a paragraph. */
export const SEARCH_QUERY_MAX = 40

const kindKey = v.pipe(v.string(), v.regex(BULLETIN_KIND_KEY_PATTERN))
const revisionField = v.pipe(v.number(), v.integer(), v.minValue(0))

/** One row of the news list: enough to choose what to read, never the body. */
export interface BulletinListItem {
  readonly id: string
  readonly kind: string
  readonly title: string
  /** 第 N 期, or null for news without an issue number. */
  readonly issueNumber: number | null
  readonly issuer: string | null
  /** The printed date `YYYY-MM-DD`, or null when the text gave none (then show `publishedAt`). */
  readonly issuedOn: string | null
  /** ISO timestamp of publication. */
  readonly publishedAt: string
  /** ISO timestamp of the last change, so a phone knows whether its saved copy is current. */
  readonly updatedAt: string
  /** The two-line summary. */
  readonly summary: string
  readonly readCount: number
}

/** A page of a list, newest first; `nextCursor` is null on the last page. */
export interface Page<T> {
  readonly items: readonly T[]
  readonly nextCursor: string | null
}

/** A whole bulletin to read (workers: published only) or to edit (staff: any status). */
export interface BulletinDetail {
  readonly id: string
  readonly kind: string
  readonly status: BulletinStatus
  readonly header: BulletinHeader
  readonly body: BulletinBody
  readonly summary: string
  readonly readCount: number
  /** ISO timestamp, null while it has never been published. */
  readonly publishedAt: string | null
  readonly updatedAt: string
  /** Goes up with every saved change; staff send it back so two editors do not overwrite each other. */
  readonly revision: number
}

/** One search result: the title and a passage with the hits marked. */
export interface BulletinSearchHit {
  readonly id: string
  readonly kind: string
  readonly title: readonly HighlightSegment[]
  readonly issueNumber: number | null
  readonly issuedOn: string | null
  readonly publishedAt: string
  /** `title` hits are listed before `body` hits. */
  readonly matchedIn: 'title' | 'body'
  /**
   * True when the bulletin holds the query as typed; false for the hits after those, which hold its words
   * in another order or a word that means the same (讨薪 → 欠薪).
   */
  readonly exact: boolean
  /** The words found, to mark in the bulletin when it is opened from the result. */
  readonly marks: readonly string[]
  readonly snippet: readonly HighlightSegment[]
  /** The item holding the first hit in the body, to open the bulletin there; null when it is not in an item. */
  readonly itemNumber: number | null
}

/** The synonym table search uses, as staff see and edit it. */
export interface SearchSynonyms {
  readonly groups: readonly (readonly string[])[]
}

/** A bulletin that already carries the same 第N期 of the same issuer and year. */
export interface IssueDuplicate {
  readonly id: string
  readonly title: string
  readonly status: BulletinStatus
}

/** What `parseText` makes of pasted text: the structure and what was recognised where, or the reasons it was refused. */
export type ParseTextResult =
  | {
      readonly ok: true
      readonly bulletin: Bulletin
      readonly report: readonly RecognisedField[]
      readonly warnings: readonly ParseIssue[]
      /** Other bulletins with the same issue number, issuer and year. */
      readonly duplicates: readonly IssueDuplicate[]
    }
  | { readonly ok: false; readonly errors: readonly ParseIssue[] }

/** A saved draft and anything staff should look at before publishing it. */
export interface SavedDraft {
  readonly bulletin: BulletinDetail
  readonly duplicates: readonly IssueDuplicate[]
}

/** One row of the staff list: any status, with when it last changed. */
export interface StaffBulletinListItem {
  readonly id: string
  readonly kind: string
  readonly status: BulletinStatus
  readonly title: string
  readonly issueNumber: number | null
  readonly issuedOn: string | null
  readonly publishedAt: string | null
  readonly updatedAt: string
  readonly readCount: number
}

/** The caller's "notify me of new issues" switch and what WeChat needs to ask for it. */
export interface NewIssueAlert {
  readonly templateKey: SubscribeTemplateKey
  /** The WeChat template id to request on this account, or null where none is configured (the local stack). */
  readonly templateId: string | null
  readonly enabled: boolean
  /** Messages still allowed: one per 允许. */
  readonly credits: number
}

export const bulletinsContract = defineFunction(
  'bulletins',
  {
    /** The kinds of news (工作简报, 通知公告…) in filter order. */
    listKinds: action<readonly BulletinKind[]>()({ payload: v.strictObject({}), allow: EVERYONE }),
    /** Published bulletins, newest first, optionally of one kind; cursor paging. */
    list: action<Page<BulletinListItem>>()({
      payload: v.strictObject({ kind: v.optional(kindKey), cursor: v.optional(cursor), pageSize: v.optional(pageSize) }),
      allow: EVERYONE,
    }),
    /** One bulletin: published ones for everyone, drafts and unpublished ones for staff only. */
    get: action<BulletinDetail>()({ payload: v.strictObject({ id: documentId }), allow: EVERYONE }),
    /** Counts the caller as a reader of a published bulletin, once a day at most. */
    recordRead: action<{ readonly readCount: number; readonly counted: boolean }>()({
      payload: v.strictObject({ id: documentId }),
      allow: EVERYONE,
    }),
    /** Full-text search over published bulletins: title hits first, then the newest. */
    search: action<Page<BulletinSearchHit>>()({
      payload: v.strictObject({ query: nonEmptyText(SEARCH_QUERY_MAX), kind: v.optional(kindKey), cursor: v.optional(cursor) }),
      allow: EVERYONE,
    }),
    getNewIssueAlert: action<NewIssueAlert>()({ payload: v.strictObject({}), allow: EVERYONE }),
    /** Staff: the groups of words search treats as the same (讨薪, 欠薪, 拖欠工资…). */
    listSearchSynonyms: action<SearchSynonyms>()({ payload: v.strictObject({}), allow: STAFF }),
    /** Staff: replaces the synonym groups; search uses them from the next query on. */
    saveSearchSynonyms: action<SearchSynonyms>()({
      payload: v.strictObject({ groups: v.pipe(v.array(synonymGroupSchema), v.maxLength(SYNONYM_GROUPS_MAX, `最多 ${SYNONYM_GROUPS_MAX} 组`)) }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    /** Stores the person's answer to WeChat's subscribe prompt: 允许 adds one message credit. */
    recordNewIssueAlertChoice: action<NewIssueAlert>()({
      payload: v.strictObject({ decision: v.picklist(SUBSCRIBE_DECISIONS) }),
      allow: EVERYONE,
      idempotent: true,
    }),
    turnOffNewIssueAlert: action<NewIssueAlert>()({ payload: v.strictObject({}), allow: EVERYONE, idempotent: true }),

    /** Staff: reads pasted text into a bulletin and reports what it recognised, or refuses with line numbers. */
    parseText: action<ParseTextResult>()({
      payload: v.strictObject({ text: text(BULLETIN_LIMITS.pastedChars, { multiline: true }) }),
      allow: STAFF,
    }),
    /** Staff: creates a draft (no id) or saves changes to a draft or unpublished bulletin. */
    saveDraft: action<SavedDraft>()({
      payload: v.strictObject({
        id: v.optional(documentId),
        kind: kindKey,
        bulletin: bulletinPayloadSchema,
        revision: v.optional(revisionField),
      }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    /**
     * Staff: puts a bulletin online. Either a saved one (`id` and `revision`), or content (`kind` and
     * `bulletin`, with `id` and `revision` when it was saved before) saved and published in one step, so a
     * refused publication leaves no draft behind.
     */
    publish: action<BulletinDetail>()({
      payload: v.pipe(
        v.strictObject({ id: v.optional(documentId), revision: v.optional(revisionField), kind: v.optional(kindKey), bulletin: v.optional(bulletinPayloadSchema) }),
        v.check(
          (payload) =>
            (payload.kind === undefined) === (payload.bulletin === undefined) &&
            (payload.id === undefined) === (payload.revision === undefined) &&
            (payload.id !== undefined || payload.bulletin !== undefined),
          '请发送要发布的资讯：已保存的编号和版本，或资讯内容',
        ),
      ),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    /** Staff: corrects a published bulletin in place; readers see the fix, nobody is notified again. */
    correct: action<BulletinDetail>()({
      payload: v.strictObject({ id: documentId, revision: revisionField, kind: kindKey, bulletin: bulletinPayloadSchema }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    unpublish: action<BulletinDetail>()({
      payload: v.strictObject({ id: documentId }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    /** Staff: every bulletin of a status (or all), most recently changed first. */
    listForStaff: action<Page<StaffBulletinListItem>>()({
      payload: v.strictObject({ status: v.optional(v.picklist(BULLETIN_STATUSES)), cursor: v.optional(cursor) }),
      allow: STAFF,
    }),
    /** Staff: adds a kind or changes its label and position. */
    saveKind: action<readonly BulletinKind[]>()({
      payload: v.strictObject({
        key: kindKey,
        label: nonEmptyText(BULLETIN_KIND_LABEL_MAX),
        order: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)),
      }),
      allow: STAFF,
      audited: true,
      idempotent: true,
    }),
    /** Timer: forgets who read what yesterday; the read counts themselves stay. */
    pruneReadMarks: action<{ readonly removed: number }>()({ payload: v.strictObject({}), allow: TIMER_ONLY }),
  },
  {
    NotFound: 'BULLETINS.NOT_FOUND',
    UnknownKind: 'BULLETINS.UNKNOWN_KIND',
    InvalidBulletin: 'BULLETINS.INVALID_BULLETIN',
    DuplicateIssue: 'BULLETINS.DUPLICATE_ISSUE',
    NotEditable: 'BULLETINS.NOT_EDITABLE',
    AlreadyPublished: 'BULLETINS.ALREADY_PUBLISHED',
    NotPublished: 'BULLETINS.NOT_PUBLISHED',
    InvalidCursor: 'BULLETINS.INVALID_CURSOR',
    InvalidSynonyms: 'BULLETINS.INVALID_SYNONYMS',
  },
)
