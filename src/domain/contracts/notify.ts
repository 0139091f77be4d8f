import * as v from 'valibot'
import { SUBSCRIBE_DECISIONS, SUBSCRIBE_TEMPLATE_KEYS, type SubscribeTemplateKey } from '../notifications/subscribe-templates'
import { isDateKey } from '../time/shanghai-time'
import { action, defineFunction } from './define-contract'
import { cursor, documentId, isoDate } from './payload-fields'
import { EVERYONE, STAFF, TIMER_ONLY } from './roles'

/** One line of a message in 消息: the template field's label and its whole value. */
export interface InboxLine {
  readonly label: string
  readonly value: string
}

/** A message as the person reads it in 消息 (every message lands here, sent by WeChat or not). */
export interface InboxItem {
  readonly id: string
  readonly templateKey: SubscribeTemplateKey
  readonly title: string
  readonly lines: readonly InboxLine[]
  /** The page a tap opens, `/packages/…/index?id=…`, or null when there is nothing to open. */
  readonly page: string | null
  /** ISO timestamp. */
  readonly createdAt: string
  readonly read: boolean
}

export interface InboxPage {
  readonly items: readonly InboxItem[]
  readonly nextCursor: string | null
  readonly unread: number
}

export interface UnreadCount {
  readonly unread: number
}

/** The caller's standing with one template, and what WeChat needs to ask for another message of it. */
export interface SubscriptionStatus {
  readonly templateKey: SubscribeTemplateKey
  /** The WeChat template id to request on this account, or null where none is configured: the service is not open yet. */
  readonly templateId: string | null
  readonly title: string
  readonly promise: string
  readonly enabled: boolean
  /** Messages WeChat still allows: one per 允许, one spent per message sent. */
  readonly credits: number
}

/** How one message reaches its person: as a WeChat message (and in 消息), or in 消息 only. */
export type NotificationChannel = 'wechat' | 'inbox'

/** One template's messages of one Shanghai day, by what became of them. */
export interface NotificationStatsRow {
  /** `YYYY-MM-DD`, the day the message was made. */
  readonly day: string
  readonly templateKey: SubscribeTemplateKey
  readonly title: string
  /** Delivered as a WeChat message. */
  readonly sent: number
  /** WeChat refused it, or kept failing: the person has it in 消息 only. */
  readonly failed: number
  /** Never sent to WeChat (no 允许 left, switched off, no template): in 消息 only. */
  readonly inboxOnly: number
  /** Waiting for the dispatcher. */
  readonly queued: number
}

export interface NotificationStats {
  readonly from: string
  readonly to: string
  /** Newest day first; within a day, in the catalogue's order. */
  readonly rows: readonly NotificationStatsRow[]
}

/** What one dispatcher run did (the timer's answer, for the logs and the bench). */
export interface DispatchReport {
  readonly sent: number
  readonly failed: number
  readonly retried: number
  readonly inboxOnly: number
  /** Personal messages made from broadcasts (a new bulletin to everyone who switched its notice on). */
  readonly fannedOut: number
  readonly remindersEnqueued: number
  /** True when the run stopped for time with due work left; the next minute's run takes it on. */
  readonly moreDue: boolean
  /** How long WeChat took to answer the run's sends (ms, nearest rank), null when it sent nothing. */
  readonly sendMs: { readonly p50: number; readonly p99: number; readonly max: number } | null
}

/** The longest span of days the staff figures cover in one request. */
export const STATS_MAX_DAYS = 62

const templateKey = v.picklist(SUBSCRIBE_TEMPLATE_KEYS)
/** A real calendar day: the format is checked first, then that the day exists (no 2月30日). */
const day = v.pipe(isoDate, v.check(isDateKey, '没有这一天'))

export const notifyContract = defineFunction(
  'notify',
  {
    /** The caller's 消息, newest first. */
    listInbox: action<InboxPage>()({ payload: v.strictObject({ cursor: v.optional(cursor) }), allow: EVERYONE }),
    /** How many of the caller's messages are unread: the number on the 我的 tab. */
    countUnread: action<UnreadCount>()({ payload: v.strictObject({}), allow: EVERYONE }),
    /** Marks one of the caller's messages read (opening it does); marking it again changes nothing. */
    markRead: action<UnreadCount>()({ payload: v.strictObject({ id: documentId }), allow: EVERYONE }),
    markAllRead: action<UnreadCount>()({ payload: v.strictObject({}), allow: EVERYONE }),
    /** The caller's standing with these templates and their WeChat ids, to ask inside the next tap. */
    getSubscriptions: action<readonly SubscriptionStatus[]>()({
      payload: v.strictObject({ templateKeys: v.pipe(v.array(templateKey), v.minLength(1), v.maxLength(3)) }),
      allow: EVERYONE,
    }),
    /** Stores the person's answer to WeChat's subscribe prompt: 允许 adds one message credit, anything else none. */
    recordSubscribeDecision: action<SubscriptionStatus>()({
      payload: v.strictObject({ templateKey, decision: v.picklist(SUBSCRIBE_DECISIONS) }),
      allow: EVERYONE,
      idempotent: true,
    }),
    /** Staff: messages sent, failed and left in 消息 only, per template and day. */
    stats: action<NotificationStats>()({
      payload: v.strictObject({ from: day, to: day }),
      allow: STAFF,
    }),
    /** Timer, every minute: fans out broadcasts, makes the day's reminders at 08:00, sends what is due. */
    dispatch: action<DispatchReport>()({ payload: v.strictObject({}), allow: TIMER_ONLY }),
  },
  {
    MessageNotFound: 'NOTIFY.MESSAGE_NOT_FOUND',
    InvalidRange: 'NOTIFY.INVALID_RANGE',
  },
)

export type NotifyContract = typeof notifyContract
