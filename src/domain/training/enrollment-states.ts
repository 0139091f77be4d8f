/**
 * Where a person stands with a course:
 * - `enrolled`: holds a place;
 * - `waiting`: on the waitlist, with a position (1 is next);
 * - `offered`: a freed place is held for them until the offer expires (the claim window);
 * - `cancelled`: gave up their place; `left`: left the waitlist or declined an offer;
 * - `expired`: let an offer lapse (the place passed to the next person);
 * - `course-cancelled`: the union cancelled the course.
 * Only `enrolled`, `waiting` and `offered` are open; a person has at most one open enrollment per course.
 */
export const ENROLLMENT_STATES = ['enrolled', 'waiting', 'offered', 'cancelled', 'left', 'expired', 'course-cancelled'] as const
export type EnrollmentState = (typeof ENROLLMENT_STATES)[number]

export const OPEN_ENROLLMENT_STATES: readonly EnrollmentState[] = ['enrolled', 'waiting', 'offered']

export const ENROLLMENT_STATE_LABELS: Readonly<Record<EnrollmentState, string>> = {
  enrolled: '已报名',
  waiting: '候补中',
  offered: '有名额待确认',
  cancelled: '已取消报名',
  left: '已退出候补',
  expired: '名额已过期',
  'course-cancelled': '课程已取消',
}
