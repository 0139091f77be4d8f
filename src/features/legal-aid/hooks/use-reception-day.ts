import { useState } from 'react'
import type { DaySheet, StaffCase } from '../../../domain/contracts/legal-aid'
import { useAction, type ActionState } from '../../../lib/use-action'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { listDay } from '../api/list-day'
import { progressCase, type CaseStep } from '../api/progress-case'
import { recordAttendance } from '../api/record-attendance'

export interface ReceptionDay {
  readonly sheet: RemoteState<DaySheet>
  readonly attend: ActionState<[caseId: string, attended: boolean], StaffCase>
  readonly progress: ActionState<[caseId: string, step: CaseStep], StaffCase>
}

/** 今日接待: the day's bookings, and the host's steps on them; each step reloads the list. */
export function useReceptionDay(day: string, scope: DaySheet['scope']): ReceptionDay {
  const [version, setVersion] = useState(0)
  const sheet = useRemote(() => listDay(day, scope), [day, scope, version], { isEmpty: answer => answer.slots.length === 0 })
  const attend = useAction(async (requestId: string, caseId: string, attended: boolean) => {
    const result = await recordAttendance(caseId, attended, requestId)
    setVersion(value => value + 1)
    return result
  })
  const progress = useAction(async (requestId: string, caseId: string, step: CaseStep) => {
    const result = await progressCase(caseId, step, requestId)
    setVersion(value => value + 1)
    return result
  })
  return { sheet, attend, progress }
}
