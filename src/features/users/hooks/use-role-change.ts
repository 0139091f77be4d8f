import { useState } from 'react'
import type { Role } from '../../../domain/contracts/roles'
import type { UserSummary } from '../../../domain/contracts/users'
import { useAction } from '../../../lib/use-action'
import { toast } from '../../../ui/toast'
import { setRole } from '../api/set-role'
import {
  backToPicker,
  canProceed,
  chooseRole,
  CLOSED_ROLE_CHANGE,
  proceedToConfirm,
  startRoleChange,
  type RoleChangeFlow,
} from '../model/role-change-flow'

export interface RoleChange {
  readonly flow: RoleChangeFlow
  readonly canProceed: boolean
  readonly saving: boolean
  readonly error: unknown
  readonly start: (user: UserSummary) => void
  readonly choose: (role: Role) => void
  readonly proceed: () => void
  readonly back: () => void
  readonly cancel: () => void
  /** Saves the confirmed role; on success the flow closes and `onChanged` gets the new row. */
  readonly confirm: () => void
}

/** 修改角色 for one person at a time: picker → confirmation → setRole on the server. */
export function useRoleChange(onChanged: (user: UserSummary) => void): RoleChange {
  const [flow, setFlow] = useState<RoleChangeFlow>(CLOSED_ROLE_CHANGE)
  const save = useAction((requestId: string, userId: string, role: Role) => setRole(userId, role, requestId))

  const confirm = async () => {
    if (flow.step !== 'confirming') return
    const updated = await save.run(flow.user.userId, flow.chosen)
    if (updated === undefined) return
    onChanged(updated)
    setFlow(CLOSED_ROLE_CHANGE)
    toast.success('角色已修改')
  }

  return {
    flow,
    canProceed: canProceed(flow),
    saving: save.pending,
    error: save.error,
    start: user => {
      save.reset()
      setFlow(startRoleChange(user))
    },
    choose: role => setFlow(current => chooseRole(current, role)),
    proceed: () => setFlow(current => proceedToConfirm(current)),
    back: () => {
      save.reset()
      setFlow(current => backToPicker(current))
    },
    cancel: () => {
      save.reset()
      setFlow(CLOSED_ROLE_CHANGE)
    },
    confirm: () => void confirm(),
  }
}
