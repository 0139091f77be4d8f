import type { Role } from '../../../domain/contracts/roles'
import { usersContract, type UserSummary } from '../../../domain/contracts/users'
import { callAction } from '../../../lib/cloud-client'

/** Admin only: gives another person a role (never one's own); written to the audit log. */
export function setRole(userId: string, role: Role, requestId?: string): Promise<UserSummary> {
  return callAction(usersContract, 'setRole', { userId, role }, { requestId })
}
