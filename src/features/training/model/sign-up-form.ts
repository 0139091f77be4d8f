import * as v from 'valibot'
import { signUpDetailsSchema, type CourseDetail } from '../../../domain/contracts/training'
import { AUDIENCE_LABELS, DETAIL_FIELD_LABELS, type Audience, type DetailField } from '../../../domain/training/course-kinds'
import type { SignUpPayload } from '../api/sign-up'

/** The lengths the function accepts, so the fields stop typing there. */
export const SIGN_UP_MAX: Readonly<Record<'name' | 'phone' | DetailField, number>> = { name: 20, phone: 11, age: 2, employer: 50, union: 40, trade: 20 }

/** What the person has typed so far; numbers stay text until sent. */
export interface SignUpDraft {
  readonly name: string
  readonly phone: string
  readonly audience: Audience | null
  readonly age: string
  readonly employer: string
  readonly union: string
  readonly trade: string
}

/** A course for one audience needs no choice: it is chosen already. */
export function emptySignUpDraft(course: Pick<CourseDetail, 'audiences'>): SignUpDraft {
  const only = course.audiences.length === 1 ? (course.audiences[0] ?? null) : null
  return { name: '', phone: '', audience: only, age: '', employer: '', union: '', trade: '' }
}

/** The choices of who the person is: the course's own audiences, in its order. */
export function audienceChoices(course: Pick<CourseDetail, 'audiences'>): { readonly key: Audience; readonly label: string }[] {
  return course.audiences.map(audience => ({ key: audience, label: AUDIENCE_LABELS[audience] }))
}

function digits(value: string): string {
  return value.replace(/[\s-]/g, '')
}

/** The first thing missing or wrong, in the words shown above the button; null when it can be sent. */
export function signUpProblem(draft: SignUpDraft, course: Pick<CourseDetail, 'audiences' | 'detailFields'>): string | null {
  if (draft.name.trim() === '') return '请填写您的姓名'
  if (!/^1\d{10}$/.test(digits(draft.phone))) return '请填写 11 位手机号，方便通知您'
  if (draft.audience === null || !course.audiences.includes(draft.audience)) return '请选择您属于哪一类'
  for (const field of course.detailFields) {
    if (draft[field].trim() === '') return `请填写${DETAIL_FIELD_LABELS[field]}`
  }
  if (course.detailFields.includes('age')) {
    const age = Number(draft.age.trim())
    if (!Number.isInteger(age) || age < 16 || age > 80) return '年龄请填 16 到 80 之间的整数'
  }
  return null
}

/** The payload for signUp (only the details the course asks for), or null while something is missing. */
export function signUpPayload(courseId: string, draft: SignUpDraft, course: Pick<CourseDetail, 'audiences' | 'detailFields'>): SignUpPayload | null {
  if (signUpProblem(draft, course) !== null || draft.audience === null) return null
  const asks = (field: DetailField) => course.detailFields.includes(field)
  const details = {
    name: draft.name.trim(),
    phone: digits(draft.phone),
    audience: draft.audience,
    ...(asks('age') ? { age: Number(draft.age.trim()) } : {}),
    ...(asks('employer') ? { employer: draft.employer.trim() } : {}),
    ...(asks('union') ? { union: draft.union.trim() } : {}),
    ...(asks('trade') ? { trade: draft.trade.trim() } : {}),
  }
  // The function's own schema, so nothing the function would refuse is sent.
  return v.is(signUpDetailsSchema, details) ? { courseId, details } : null
}
