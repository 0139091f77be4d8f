import type { Role } from '../../../domain/contracts/roles'
import type { UserSummary } from '../../../domain/contracts/users'

/** Changing one person's role: pick a role, then confirm in words; closed the rest of the time. */
export type RoleChangeFlow =
  | { readonly step: 'closed' }
  | { readonly step: 'picking'; readonly user: UserSummary; readonly chosen: Role }
  | { readonly step: 'confirming'; readonly user: UserSummary; readonly chosen: Role }

export const CLOSED_ROLE_CHANGE: RoleChangeFlow = { step: 'closed' }

/** Opens the picker on the person's current role, so nothing changes unless another is chosen. */
export function startRoleChange(user: UserSummary): RoleChangeFlow {
  return { step: 'picking', user, chosen: user.role }
}

/** Marks a role in the picker. */
export function chooseRole(flow: RoleChangeFlow, role: Role): RoleChangeFlow {
  return flow.step === 'picking' ? { ...flow, chosen: role } : flow
}

/** Whether 下一步 leads anywhere: only a role other than the current one is a change. */
export function canProceed(flow: RoleChangeFlow): boolean {
  return flow.step === 'picking' && flow.chosen !== flow.user.role
}

/** From the picker to the confirmation; stays in the picker while nothing would change. */
export function proceedToConfirm(flow: RoleChangeFlow): RoleChangeFlow {
  return flow.step === 'picking' && flow.chosen !== flow.user.role ? { ...flow, step: 'confirming' } : flow
}

/** 返回修改: from the confirmation back to the picker, keeping the choice. */
export function backToPicker(flow: RoleChangeFlow): RoleChangeFlow {
  return flow.step === 'confirming' ? { ...flow, step: 'picking' } : flow
}
