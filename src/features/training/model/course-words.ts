import type { CourseSummary, SessionView } from '../../../domain/contracts/training'
import { dayWords, monthDayWords } from '../../../domain/legal-aid/when-words'
import { ENROLLMENT_STATE_LABELS } from '../../../domain/training/enrollment-states'
import { shanghaiDateKey } from '../../../domain/time/shanghai-time'
import { formatShanghaiDateTime } from '../../../lib/shanghai-time'
import type { StatusTone } from '../../../ui/status-badge'

/** `11月4日 至 12月20日，共 8 次`, or one day's date and weekday when the course is a single day. */
export function courseDatesWords(course: Pick<CourseSummary, 'startsAt' | 'endsAt' | 'sessionCount'>): string {
  const first = shanghaiDateKey(Date.parse(course.startsAt))
  const last = shanghaiDateKey(Date.parse(course.endsAt))
  const span = first === last ? dayWords(first) : `${monthDayWords(Date.parse(course.startsAt))} 至 ${monthDayWords(Date.parse(course.endsAt))}`
  return `${span}，共 ${course.sessionCount} 次`
}

/** Places in words that do not rely on colour: left, or full with how many wait. */
export function placesWords(course: Pick<CourseSummary, 'capacity' | 'placesLeft' | 'waiting'>): string {
  if (course.placesLeft > 0) return `共 ${course.capacity} 个名额，还剩 ${course.placesLeft} 个`
  return course.waiting > 0 ? `共 ${course.capacity} 个名额，已报满，${course.waiting} 人在候补` : `共 ${course.capacity} 个名额，已报满，可以候补`
}

/** The sign-up window in Shanghai times. */
export function signUpWindowWords(signUp: CourseSummary['signUp']): string {
  const opens = formatShanghaiDateTime(Date.parse(signUp.opensAt))
  const closes = formatShanghaiDateTime(Date.parse(signUp.closesAt))
  switch (signUp.phase) {
    case 'upcoming':
      return `报名时间：${opens} 至 ${closes}`
    case 'open':
      return `正在报名，${closes} 截止`
    case 'closed':
      return `报名已结束（${closes} 截止）`
  }
}

export function audienceWords(labels: readonly string[]): string {
  return `参加对象：${labels.join('、')}`
}

/** The badge on a course: the caller's own standing first, else where sign-up stands; each tone has its own icon. */
export function courseBadge(course: Pick<CourseSummary, 'status' | 'myState' | 'placesLeft' | 'signUp'>): { readonly tone: StatusTone; readonly label: string } {
  if (course.status === 'cancelled') return { tone: 'neutral', label: '已取消' }
  if (course.myState === 'enrolled') return { tone: 'success', label: ENROLLMENT_STATE_LABELS.enrolled }
  if (course.myState === 'offered') return { tone: 'warning', label: ENROLLMENT_STATE_LABELS.offered }
  if (course.myState === 'waiting') return { tone: 'pending', label: ENROLLMENT_STATE_LABELS.waiting }
  if (course.signUp.phase === 'upcoming') return { tone: 'pending', label: '即将报名' }
  if (course.signUp.phase === 'closed') return { tone: 'neutral', label: '报名已结束' }
  return course.placesLeft > 0 ? { tone: 'info', label: '可以报名' } : { tone: 'warning', label: '可以候补' }
}

/** `第 1 次 · 11月4日 周三 09:00–12:00 · 理论课`, and where when it is not the course's venue. */
export function sessionWords(session: SessionView, index: number, courseVenue: string): string {
  const where = session.venue === courseVenue ? '' : ` · ${session.venue}`
  return `第 ${index + 1} 次 · ${dayWords(session.day)} ${session.start}–${session.end} · ${session.title}${where}`
}

