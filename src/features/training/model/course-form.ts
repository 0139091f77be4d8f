import * as v from 'valibot'
import type { Audience, CourseKind, DetailField } from '../../../domain/training/course-kinds'
import { courseInputSchema, type CourseInput, type ShanghaiMoment } from '../../../domain/training/course-input'
import { courseInputProblems } from '../../../domain/training/course-rules'
import { addDays, type DateKey } from '../../../domain/time/shanghai-time'
import type { CourseToSave } from '../api/save-course'

/** One session row as typed; `key` tells rows apart on screen, `sessionId` keeps an existing session's attendance. */
export interface SessionDraft {
  readonly key: string
  readonly sessionId?: string
  readonly title: string
  readonly day: string
  readonly start: string
  readonly end: string
  /** Empty: the course's venue. */
  readonly venue: string
}

export interface QuotaDraft {
  readonly key: string
  readonly union: string
  readonly places: string
  readonly until: ShanghaiMoment
}

/** The course editor's fields as typed: numbers stay text until saved, so a half-typed one is not lost. */
export interface CourseDraft {
  readonly kind: CourseKind
  readonly title: string
  readonly organiser: string
  readonly venue: string
  readonly description: string
  readonly audiences: readonly Audience[]
  readonly minAge: string
  readonly maxAge: string
  readonly onceOnly: boolean
  readonly requiresCourseId: string | null
  readonly detailFields: readonly DetailField[]
  readonly capacity: string
  readonly signUpOpens: ShanghaiMoment
  readonly signUpCloses: ShanghaiMoment
  readonly cancelUntil: ShanghaiMoment
  readonly claimWindowHours: string
  /** Percent of sessions to attend, `80`. */
  readonly completionPercent: string
  readonly sessions: readonly SessionDraft[]
  readonly quotas: readonly QuotaDraft[]
}

let rowCount = 0
function rowKey(): string {
  rowCount += 1
  return `row-${rowCount}`
}

export function emptySessionDraft(day: DateKey): SessionDraft {
  return { key: rowKey(), title: '', day, start: '09:00', end: '12:00', venue: '' }
}

export function emptyQuotaDraft(until: ShanghaiMoment): QuotaDraft {
  return { key: rowKey(), union: '', places: '', until }
}

/** A new course: sign-up from today for a week, the first session a fortnight out. */
export function emptyCourseDraft(today: DateKey): CourseDraft {
  return {
    kind: 'training',
    title: '',
    organiser: '',
    venue: '',
    description: '',
    audiences: ['all'],
    minAge: '',
    maxAge: '',
    onceOnly: false,
    requiresCourseId: null,
    detailFields: [],
    capacity: '',
    signUpOpens: { day: today, time: '09:00' },
    signUpCloses: { day: addDays(today, 7), time: '18:00' },
    cancelUntil: { day: addDays(today, 12), time: '18:00' },
    claimWindowHours: '24',
    completionPercent: '80',
    sessions: [emptySessionDraft(addDays(today, 14))],
    quotas: [],
  }
}

/** A saved course back into the editor. */
export function draftFromInput(input: CourseInput): CourseDraft {
  const text = (value: number | null) => (value === null ? '' : String(value))
  return {
    ...input,
    minAge: text(input.minAge),
    maxAge: text(input.maxAge),
    capacity: String(input.capacity),
    claimWindowHours: String(input.claimWindowHours),
    completionPercent: String(Math.round(input.completionShare * 100)),
    sessions: input.sessions.map(session => ({ ...session, key: rowKey(), venue: session.venue ?? '' })),
    quotas: input.quotas.map(quota => ({ ...quota, key: rowKey(), places: String(quota.places) })),
  }
}

/** A typed number: blank is null, anything else that is not a number stays NaN for the schema to refuse. */
function numberOrNull(value: string): number | null {
  return value.trim() === '' ? null : Number(value.trim())
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  kind: '类型',
  title: '名称',
  organiser: '主办单位',
  venue: '地点',
  description: '介绍',
  audiences: '参加对象',
  minAge: '最小年龄',
  maxAge: '最大年龄',
  detailFields: '报名要填的信息',
  capacity: '名额',
  signUpOpens: '报名开始',
  signUpCloses: '报名截止',
  cancelUntil: '取消截止',
  claimWindowHours: '候补确认时限',
  completionShare: '结业出勤要求',
  sessions: '课程安排',
  quotas: '基层工会名额',
  day: '日期',
  time: '时间',
  start: '开始时间',
  end: '结束时间',
  union: '基层工会',
  places: '名额',
  until: '截止',
}

function where(path: readonly (string | number)[]): string {
  const [first, index, ...rest] = path
  if ((first === 'sessions' || first === 'quotas') && typeof index === 'number') {
    const row = first === 'sessions' ? `第 ${index + 1} 次课` : `第 ${index + 1} 个基层工会名额`
    const field = rest.filter((key): key is string => typeof key === 'string').map(key => FIELD_LABELS[key] ?? key)
    return field.length === 0 ? row : `${row}的${field.join('')}`
  }
  return path
    .filter((key): key is string => typeof key === 'string')
    .map(key => FIELD_LABELS[key] ?? key)
    .join('')
}

const CHINESE = /[\u4e00-\u9fff]/

/** A schema issue in plain Chinese: the schema's own words where it has them, else words for its kind. */
function issueWords(issue: v.BaseIssue<unknown>): string {
  if (CHINESE.test(issue.message)) return issue.message
  const requirement = typeof issue.requirement === 'number' ? issue.requirement : null
  switch (issue.type) {
    case 'min_length':
      return requirement !== null && requirement > 1 ? `至少 ${requirement} 个` : '不能空着'
    case 'max_length':
      return requirement === null ? '太长了' : `最多 ${requirement} 个字`
    case 'number':
    case 'integer':
      return '请填整数'
    case 'min_value':
      return requirement === null ? '太小了' : `不能小于 ${requirement}`
    case 'max_value':
      return requirement === null ? '太大了' : `不能大于 ${requirement}`
    case 'picklist':
      return '请从给出的选项里选'
    default:
      return '填写有误'
  }
}

export type CourseCheck = { readonly ok: true; readonly input: CourseToSave } | { readonly ok: false; readonly problems: readonly string[] }

/** The course to save, checked by the function's own schema, or every problem in plain Chinese with where it is. */
export function courseInputFrom(draft: CourseDraft): CourseCheck {
  const percent = numberOrNull(draft.completionPercent)
  const candidate = {
    kind: draft.kind,
    title: draft.title,
    organiser: draft.organiser,
    venue: draft.venue,
    description: draft.description,
    audiences: [...draft.audiences],
    minAge: numberOrNull(draft.minAge),
    maxAge: numberOrNull(draft.maxAge),
    onceOnly: draft.onceOnly,
    requiresCourseId: draft.requiresCourseId,
    detailFields: [...draft.detailFields],
    capacity: numberOrNull(draft.capacity) ?? Number.NaN,
    signUpOpens: draft.signUpOpens,
    signUpCloses: draft.signUpCloses,
    cancelUntil: draft.cancelUntil,
    claimWindowHours: numberOrNull(draft.claimWindowHours) ?? Number.NaN,
    completionShare: percent === null ? Number.NaN : percent / 100,
    sessions: draft.sessions.map(session => ({
      ...(session.sessionId === undefined ? {} : { sessionId: session.sessionId }),
      title: session.title,
      day: session.day.trim(),
      start: session.start.trim(),
      end: session.end.trim(),
      venue: session.venue.trim() === '' ? null : session.venue,
    })),
    quotas: draft.quotas.map(quota => ({ union: quota.union, places: numberOrNull(quota.places) ?? Number.NaN, until: { day: quota.until.day.trim(), time: quota.until.time.trim() } })),
  }
  const parsed = v.safeParse(courseInputSchema, candidate)
  if (parsed.success) {
    // Each field is right on its own; what is wrong across fields (sign-up closing after the first session…)
    // is said by the same rules the function applies.
    const across = courseInputProblems(parsed.output)
    return across.length === 0 ? { ok: true, input: parsed.output } : { ok: false, problems: across }
  }
  const problems = parsed.issues.map(issue => {
    const path = (issue.path ?? []).map(item => (typeof item.key === 'number' || typeof item.key === 'string' ? item.key : String(item.key)))
    const place = where(path)
    // The completion share is typed as a percentage: its limits are said as the schema words them.
    return place === '' ? issueWords(issue) : `${place}：${issueWords(issue)}`
  })
  return { ok: false, problems: [...new Set(problems)] }
}
