import type { MyDataExport } from '../../../domain/contracts/users'
import { caseStatusLabel, CASE_STATUSES, type CaseStatus } from '../../../domain/legal-aid/case-status'
import { caseTypeLabel } from '../../../domain/legal-aid/case-types'
import { outcomeOf } from '../../../domain/legal-aid/case-outcomes'
import { slotWords } from '../../../domain/legal-aid/when-words'
import { SUBSCRIBE_TEMPLATES } from '../../../domain/notifications/subscribe-templates'
import { DEFAULT_AMENITY_CATALOGUE, findAmenity } from '../../../domain/stations/amenities'
import { PROBLEM_REPORT_KINDS, REPORT_STATE_LABELS, REPORT_STATES, type ReportState } from '../../../domain/stations/problem-report'
import { ROLES, type Role } from '../../../domain/contracts/roles'
import { formatShanghaiFullDateTime } from '../../../lib/shanghai-time'
import { collectionLabel } from './collection-labels'
import { roleLabel } from './role-label'

/** One fact about a record, in words: `昵称：张师傅`. */
export interface PresentedLine {
  readonly label: string
  readonly value: string
}

/** A photo the person uploaded: a link to show it by, or null when it can no longer be shown. */
export interface PresentedPhoto {
  readonly url: string | null
}

/** One record, as the person would describe it: what it is, its facts, its photos. */
export interface PresentedRecord {
  readonly heading: string
  readonly lines: readonly PresentedLine[]
  readonly photos: readonly PresentedPhoto[]
}

/** What the service keeps of one kind, in plain words. */
export interface PresentedSection {
  readonly key: string
  readonly title: string
  readonly records: readonly PresentedRecord[]
}

type Fields = Readonly<Record<string, unknown>>
type FileLinks = Readonly<Record<string, string | null>>

const NONE = '无'

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/

/** An ISO time as Shanghai clocks read it: `2026年12月4日 18:15`. */
function when(value: unknown): string | null {
  const iso = text(value)
  if (iso === null || !ISO_TIME.test(iso)) return null
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? null : formatShanghaiFullDateTime(ms)
}

/** A calendar day `2026-12-03` as `2026年12月3日`. */
function day(value: unknown): string | null {
  const match = DATE_KEY.exec(text(value) ?? '')
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : null
}

/** Any stored value in words, for facts this version of the app does not know by name. */
function plain(value: unknown): string {
  if (value === null || value === undefined || value === '') return NONE
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return when(value) ?? day(value) ?? (value.startsWith('cloud://') ? '一个文件' : value)
  if (Array.isArray(value)) return value.length === 0 ? NONE : value.map(plain).join('、')
  if (isFields(value)) return Object.values(value).map(plain).join('，')
  return NONE
}

function line(label: string, value: string | null | undefined): PresentedLine[] {
  return value === null || value === undefined ? [] : [{ label, value }]
}

function photosOf(value: unknown, links: FileLinks): PresentedPhoto[] {
  const ids = Array.isArray(value) ? value : [value]
  return ids.flatMap(id => (typeof id === 'string' && id !== '' ? [{ url: links[id] ?? null }] : []))
}

/** Who moved a case or a report, as the export says it (本人, 工作人员), then when and to what. */
function historyWords(entries: unknown, label: (state: string) => string): PresentedLine[] {
  if (!Array.isArray(entries)) return []
  return entries.filter(isFields).map((entry, index) => {
    const parts = [when(entry.at), text(entry.by), label(String(entry.state ?? entry.status ?? ''))].filter(Boolean).join(' ')
    const note = text(entry.note)
    return { label: index === 0 ? '经过' : '', value: note === null ? parts : `${parts}：${note}` }
  })
}

const CONSENT_NAMES: Readonly<Record<string, string>> = {
  'privacy-policy': '隐私政策',
}

function consentWords(consents: unknown): PresentedLine[] {
  if (!isFields(consents)) return []
  return Object.entries(consents).filter(([, record]) => isFields(record)).map(([kind, record]) => {
    const decided = record as Fields
    const answer = decided.granted === true ? '已同意' : '未同意'
    const details = [text(decided.version) === null ? null : `版本 ${String(decided.version)}`, when(decided.decidedAt)].filter(Boolean).join('，')
    return { label: CONSENT_NAMES[kind] ?? '同意事项', value: details === '' ? answer : `${answer}（${details}）` }
  })
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

function profile(record: Fields): PresentedRecord {
  return {
    heading: '账号',
    lines: [
      ...line('昵称', text(record.nickname) ?? NONE),
      ...line('身份', isRole(record.role) ? roleLabel(record.role) : null),
      ...line('手机号', text(record.phone) ?? '没有绑定'),
      ...line('长辈模式（大字）', record.largeText === true ? '开' : '关'),
      ...consentWords(record.consents),
      ...line('开始使用', when(record.createdAt)),
      ...line('最近修改', when(record.updatedAt)),
    ],
    photos: [],
  }
}

function amenityWord(key: unknown): string | null {
  const found = typeof key === 'string' ? findAmenity(DEFAULT_AMENITY_CATALOGUE, key) : undefined
  return found?.label ?? (typeof key === 'string' ? '一项设施' : null)
}

function isReportState(value: unknown): value is ReportState {
  return typeof value === 'string' && (REPORT_STATES as readonly string[]).includes(value)
}

const TOLD_BY: Readonly<Record<string, string>> = {
  wechat: '微信提醒，也放在了“我的 → 消息”里',
  inbox: '放在了“我的 → 消息”里',
}

function stationReport(record: Fields, links: FileLinks): PresentedRecord {
  const kind = PROBLEM_REPORT_KINDS.find(entry => entry.kind === record.kind)?.label ?? '问题'
  const amenity = record.kind === 'missing-amenity' ? amenityWord(record.amenity) : null
  const location = isFields(record.suggestedLocation) ? `经度 ${plain(record.suggestedLocation.lng)}，纬度 ${plain(record.suggestedLocation.lat)}` : null
  const told = isFields(record.reporterNotification) ? TOLD_BY[String(record.reporterNotification.channel)] ?? null : null
  return {
    heading: `${text(record.stationName) ?? '驿站'}：${kind}${amenity === null ? '' : `（${amenity}）`}`,
    lines: [
      ...line('现在', isReportState(record.state) ? REPORT_STATE_LABELS[record.state] : null),
      ...line('提交时间', when(record.createdAt)),
      ...line('我写的说明', text(record.note)),
      ...line('我给的位置', location),
      ...line('处理结果', text(record.outcome)),
      ...line('改了驿站信息', record.state === 'resolved' ? (record.fixApplied === true ? '是' : '否') : null),
      ...line('结果怎么告诉我', told),
      ...historyWords(record.history, state => (isReportState(state) ? REPORT_STATE_LABELS[state] : state)),
    ],
    photos: photosOf(record.photo, links),
  }
}

function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value)
}

function legalCase(record: Fields, links: FileLinks): PresentedRecord {
  const slot = typeof record.day === 'string' && typeof record.startMinute === 'number' && typeof record.endMinute === 'number'
    ? slotWords(record.day, record.startMinute, record.endMinute)
    : null
  const version = isFields(record.consent) ? text(record.consent.version) : null
  const consent = isFields(record.consent) ? `已同意（${[version === null ? null : `版本 ${version}`, when(record.consent.grantedAt)].filter(Boolean).join('，')}）` : null
  const rating = isFields(record.rating) ? `${count(record.rating.score)} 分` : null
  return {
    heading: `${text(record.serviceName) ?? '法律援助'}：${typeof record.caseType === 'string' ? caseTypeLabel(record.caseType) : '咨询'}`,
    lines: [
      ...line('现在', isCaseStatus(record.status) ? caseStatusLabel(record.status) : null),
      ...line('时间', slot),
      ...line('地点', text(record.room)),
      ...line('接待', text(record.hostName)),
      ...line('联系人', text(record.contactName)),
      ...line('联系电话', text(record.phone)),
      ...line('工作单位', text(record.employer)),
      ...line('我写的情况', text(record.description)),
      ...line('同意律师看我写的情况', consent),
      ...line('结果', text(record.outcomeKind) === null ? null : outcomeOf(String(record.outcomeKind)).label),
      ...line('律师（主持人）的话', text(record.outcomeNote)),
      ...line('我的评分', rating),
      ...line('我的评价', text(record.ratingComment)),
      ...line('预约时间', when(record.createdAt)),
      ...historyWords(record.timeline, status => (isCaseStatus(status) ? caseStatusLabel(status) : status)),
    ],
    photos: photosOf(record.photos, links),
  }
}

function booker(record: Fields): PresentedRecord {
  const held = Array.isArray(record.held) ? record.held.length : 0
  const noShows = Array.isArray(record.noShows) ? record.noShows.length : 0
  const pause = isFields(record.pause) ? `暂停预约到 ${when(record.pause.until) ?? ''}` : '可以预约'
  return {
    heading: '法律援助预约情况',
    lines: [...line('正在保留的预约', `${held} 个`), ...line('没到场的次数', `${noShows} 次`), ...line('预约', pause)],
    photos: [],
  }
}

function templateTitle(key: unknown): string {
  return typeof key === 'string' && key in SUBSCRIBE_TEMPLATES ? SUBSCRIBE_TEMPLATES[key as keyof typeof SUBSCRIBE_TEMPLATES].title : '提醒'
}

const DECISIONS: Readonly<Record<string, string>> = { accept: '允许', reject: '取消', ban: '总是拒绝', filter: '被微信拦下' }

function subscription(record: Fields): PresentedRecord {
  return {
    heading: templateTitle(record.templateKey),
    lines: [
      ...line('提醒', record.enabled === true ? '开' : '关'),
      ...line('还能收到的微信提醒', `${count(record.credits)} 条`),
      ...line('一共允许过', `${count(record.acceptedTotal)} 次`),
      ...line('最近一次选择', DECISIONS[String(record.lastDecision)] ?? null),
      ...line('选择时间', when(record.decidedAt)),
    ],
    photos: [],
  }
}

const FUNCTION_AREAS: Readonly<Record<string, string>> = { bulletins: '资讯', stations: '驿站', legalAid: '法律援助', users: '账号', notify: '消息' }

function retryRecord(record: Fields): PresentedRecord {
  return {
    heading: `在“${FUNCTION_AREAS[String(record.functionName)] ?? '服务'}”里的一次操作`,
    lines: line('时间', when(record.createdAt)),
    photos: [],
  }
}

function readMark(record: Fields): PresentedRecord {
  return { heading: '读过一篇资讯', lines: line('日期', day(record.day)), photos: [] }
}

function inboxMessage(record: Fields): PresentedRecord {
  const lines = Array.isArray(record.lines) ? record.lines.filter(isFields) : []
  return {
    heading: text(record.title) ?? '消息',
    lines: [
      ...lines.map(entry => ({ label: text(entry.label) ?? '内容', value: text(entry.value) ?? NONE })),
      ...line('收到时间', when(record.createdAt)),
      ...line('读了没有', record.readAt === null || record.readAt === undefined ? '未读' : `已读（${when(record.readAt) ?? ''}）`),
    ],
    photos: [],
  }
}

const SENT_STATES: Readonly<Record<string, string>> = {
  queued: '等待发送',
  sent: '已通过微信发出',
  failed: '微信没有送达，放在了“消息”里',
  'inbox-only': '只放在了“消息”里',
}

const INBOX_ONLY_REASONS: Readonly<Record<string, string>> = {
  'no-template': '这项微信提醒还没开通',
  'no-credit': '您没有允许这条微信提醒',
  'switched-off': '您关掉了这项提醒',
  'unsendable-data': '内容微信发不了',
  'no-recipient': '收件人不在了',
  refused: '微信拒收',
  'gave-up': '多次发送没有成功',
}

function notification(record: Fields): PresentedRecord {
  return {
    heading: templateTitle(record.templateKey),
    lines: [
      ...line('发送情况', SENT_STATES[String(record.state)] ?? null),
      ...line('原因', INBOX_ONLY_REASONS[String(record.reason)] ?? null),
      ...line('时间', when(record.createdAt)),
    ],
    photos: [],
  }
}

const REMINDER_STATES: Readonly<Record<string, string>> = { waiting: '等待提醒', enqueued: '已提醒', cancelled: '已取消', expired: '已过期' }

function reminder(record: Fields): PresentedRecord {
  const template = typeof record.templateKey === 'string' && record.templateKey in SUBSCRIBE_TEMPLATES
    ? SUBSCRIBE_TEMPLATES[record.templateKey as keyof typeof SUBSCRIBE_TEMPLATES]
    : null
  const values = isFields(record.values) ? record.values : {}
  return {
    heading: templateTitle(record.templateKey),
    lines: [
      ...(template?.fields ?? []).flatMap(field => line(field.label, text(values[field.key]) === null ? null : plain(values[field.key]))),
      ...line('提醒的日子', day(record.eventDay)),
      ...line('现在', REMINDER_STATES[String(record.state)] ?? null),
    ],
    photos: [],
  }
}

/** Facts a record of a kind this app version does not know by name: every value in words, none by its field name. */
function unknownRecord(record: Fields, links: FileLinks): PresentedRecord {
  const values = Object.values(record)
  const photos = values.flatMap(value => (typeof value === 'string' && value.startsWith('cloud://') ? photosOf(value, links) : []))
  return {
    heading: '一条记录',
    lines: values.filter(value => !(typeof value === 'string' && value.startsWith('cloud://'))).map(value => ({ label: '内容', value: plain(value) })),
    photos,
  }
}

const PRESENTERS: Readonly<Record<string, (record: Fields, links: FileLinks) => PresentedRecord>> = {
  users: profile,
  station_feedback: stationReport,
  legal_cases: legalCase,
  legal_bookers: booker,
  subscriptions: subscription,
  idempotency_keys: retryRecord,
  bulletin_read_marks: readMark,
  inbox: inboxMessage,
  notifications: notification,
  notification_reminders: reminder,
}

/**
 * Everything the service keeps about the person, as they would read it: each kind under its name in
 * words, each record with a heading and labelled facts, times in Shanghai, photos to show, and no field
 * names, codes, ids or raw JSON. Kinds with no records are left out. The JSON copy (`myDataAsJson`) keeps
 * the records as stored, for taking them elsewhere.
 */
export function presentMyData(exported: MyDataExport): PresentedSection[] {
  const links = exported.fileLinks ?? {}
  return Object.entries(exported.records)
    .filter(([, records]) => records.length > 0)
    .map(([collection, records]) => {
      const present = PRESENTERS[collection] ?? unknownRecord
      return { key: collection, title: collectionLabel(collection), records: records.map(record => present(record, links)) }
    })
}

/** The sections as plain text for the clipboard: what a person can paste and keep. */
export function myDataAsText(exported: MyDataExport, appName: string): string {
  const sections = presentMyData(exported)
  const header = `${appName} 个人数据副本\n生成时间：${formatShanghaiFullDateTime(Date.parse(exported.generatedAt))}`
  if (sections.length === 0) return `${header}\n\n没有保存您的任何记录。`
  const body = sections.map(section => {
    const records = section.records.map(record => {
      const photos = record.photos.length === 0 ? [] : [`    照片：${record.photos.length} 张`]
      return [`  ${record.heading}`, ...record.lines.map(entry => `    ${entry.label === '' ? '　' : `${entry.label}：`}${entry.value}`), ...photos].join('\n')
    })
    return [`【${section.title}】共 ${section.records.length} 条`, ...records].join('\n')
  })
  return [header, ...body].join('\n\n')
}

/**
 * The machine-readable copy (PIPL art. 45: to take the data to another service): the records as stored,
 * as JSON, without the temporary photo links of this viewing.
 */
export function myDataAsJson(exported: MyDataExport): string {
  return JSON.stringify({ generatedAt: exported.generatedAt, records: exported.records }, null, 2)
}
