import type { Role } from '../contracts/roles'

/**
 * Where a case stands. A booking is a case from the start: 已预约 → 已接待 → 调解中 / 已指派 → 已办结,
 * or it ends as 已取消 or 未到场.
 */
export const CASE_STATUSES = ['booked', 'attended', 'mediating', 'assigned', 'closed', 'cancelled', 'no-show'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

/** Who a case is handed to (包案): a lawyer, or a union leader who follows it to the end. */
export const ASSIGNEE_KINDS = ['lawyer', 'leader'] as const
export type AssigneeKind = (typeof ASSIGNEE_KINDS)[number]

/** The roles a case can be handed to, by the kind of assignment: a leader is union staff. */
export const ASSIGNABLE_ROLES: Readonly<Record<AssigneeKind, readonly Role[]>> = {
  lawyer: ['lawyer'],
  leader: ['staff', 'admin'],
}

/** The step as the host chooses it. */
export const ASSIGNEE_KIND_LABELS: Readonly<Record<AssigneeKind, string>> = {
  lawyer: '指派律师',
  leader: '领导包案',
}

/** The people a case may be handed to for this kind of assignment, as they are listed. */
export function assigneesFor<T extends { readonly role: Role }>(kind: AssigneeKind, handlers: readonly T[]): T[] {
  return handlers.filter(handler => ASSIGNABLE_ROLES[kind].includes(handler.role))
}

const LABELS: Readonly<Record<CaseStatus, string>> = {
  booked: '已预约',
  attended: '已接待',
  mediating: '调解中',
  assigned: '已指派律师',
  closed: '已办结',
  cancelled: '已取消',
  'no-show': '未到场',
}

/** The status in the words the worker sees; an assignment to a leader reads 领导包案. */
export function caseStatusLabel(status: CaseStatus, assigneeKind: AssigneeKind | null = null): string {
  if (status === 'assigned' && assigneeKind === 'leader') return '领导包案'
  return LABELS[status]
}

/** The statuses a case is still being worked on in: the worker may still hear from someone. */
export const ACTIVE_STATUSES: readonly CaseStatus[] = ['booked', 'attended', 'mediating', 'assigned']

/** Ended: nothing more happens to the case (a closed one may still be rated). */
export function isFinished(status: CaseStatus): boolean {
  return status === 'closed' || status === 'cancelled' || status === 'no-show'
}

/**
 * The moves a case may make. A no-show can be corrected to 已接待 (the worker came late); an assigned
 * case can be handed to someone else; nothing leaves 已办结 or 已取消.
 */
const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  booked: ['attended', 'no-show', 'cancelled'],
  'no-show': ['attended'],
  attended: ['mediating', 'assigned', 'closed'],
  mediating: ['assigned', 'closed'],
  assigned: ['mediating', 'assigned', 'closed'],
  closed: [],
  cancelled: [],
}

export function canMoveCase(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

/** The path a worker follows on the timeline, for showing the steps still ahead. */
export const CASE_PATH: readonly CaseStatus[] = ['booked', 'attended', 'mediating', 'closed']
