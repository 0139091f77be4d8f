import type { Caller } from '../../src/domain/contracts/roles'

/** The role a handler acted in, as the timeline keeps it. */
export type CallerRole = Caller

export interface Handler {
  readonly userId: string
  readonly role: Caller
}

/** What access rules need of a case. */
export interface CaseParties {
  readonly userId: string | null
  readonly hostUserId: string
  readonly assignee: { readonly userId: string } | null
}

/**
 * Who may read and handle a case besides the worker: staff and admins (the union's role for this
 * work), and a lawyer only when they host the slot or the case is assigned to them.
 */
export function canHandleCase(parties: CaseParties, handler: Handler): boolean {
  if (handler.role === 'staff' || handler.role === 'admin') return true
  if (handler.role !== 'lawyer') return false
  return parties.hostUserId === handler.userId || parties.assignee?.userId === handler.userId
}

/** Staff see every day and case; a lawyer sees only what they host or were assigned. */
export function seesEverything(role: Caller): boolean {
  return role === 'staff' || role === 'admin'
}
