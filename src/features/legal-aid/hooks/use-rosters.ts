import { useState } from 'react'
import type { ClosedDay, RostersPage, SavedRoster } from '../../../domain/contracts/legal-aid'
import type { RosterRuleInput } from '../api/save-roster'
import { useAction, type ActionState } from '../../../lib/use-action'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { closeDay } from '../api/close-day'
import { listRosters } from '../api/list-rosters'
import { saveRoster } from '../api/save-roster'

export interface RostersState {
  readonly page: RemoteState<RostersPage>
  readonly save: ActionState<[rule: RosterRuleInput, rosterId: string | null], SavedRoster>
  readonly close: ActionState<[day: string, rosterId: string | null, reason: string], ClosedDay>
}

/** 排班管理: the rosters, saving one, closing a day; each change reloads the page. */
export function useRosters(): RostersState {
  const [version, setVersion] = useState(0)
  const page = useRemote(() => listRosters(), [version], { isEmpty: () => false })
  const save = useAction(async (requestId: string, rule: RosterRuleInput, rosterId: string | null) => {
    const result = await saveRoster(rule, rosterId, requestId)
    setVersion(value => value + 1)
    return result
  })
  const close = useAction(async (requestId: string, day: string, rosterId: string | null, reason: string) => {
    const result = await closeDay(day, rosterId, reason, requestId)
    setVersion(value => value + 1)
    return result
  })
  return { page, save, close }
}
