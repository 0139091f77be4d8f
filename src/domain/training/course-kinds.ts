/** What a course is: a training course (培训班) or a skill competition (技能竞赛). */
export const COURSE_KINDS = ['training', 'competition'] as const
export type CourseKind = (typeof COURSE_KINDS)[number]

export const COURSE_KIND_LABELS: Readonly<Record<CourseKind, string>> = {
  training: '技能培训',
  competition: '技能竞赛',
}

/**
 * Who a course is for, as the union announces it. `all` is open to every worker; the others are
 * declared by the worker at sign-up (there is no register to check them against), and shown before it.
 */
export const AUDIENCES = ['all', 'migrant', 'team-leader', 'outdoor', 'skilled'] as const
export type Audience = (typeof AUDIENCES)[number]

export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  all: '全体职工',
  migrant: '农民工',
  'team-leader': '班组长',
  outdoor: '户外劳动者',
  skilled: '技术工人',
}

/**
 * Details a course may ask for at sign-up beyond the name and phone every course needs:
 * age (for an age limit), employer, grassroots union (for 基层工会 quotas) and trade (工种, competitions).
 */
export const DETAIL_FIELDS = ['age', 'employer', 'union', 'trade'] as const
export type DetailField = (typeof DETAIL_FIELDS)[number]

export const DETAIL_FIELD_LABELS: Readonly<Record<DetailField, string>> = {
  age: '年龄',
  employer: '工作单位',
  union: '所在基层工会',
  trade: '工种',
}
