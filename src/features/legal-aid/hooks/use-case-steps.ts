import type { StaffCase } from '../../../domain/contracts/legal-aid'
import { useAction, type ActionState } from '../../../lib/use-action'
import { progressCase, type CaseStep } from '../api/progress-case'
import { recordAttendance } from '../api/record-attendance'

export interface CaseSteps {
  readonly attend: ActionState<[attended: boolean], StaffCase>
  readonly progress: ActionState<[step: CaseStep], StaffCase>
}

/**
 * The host's steps on one case. One pair of actions per case, so a retry after a lost answer repeats the
 * request for that case only, never replays it for the next case tapped.
 */
export function useCaseSteps(caseId: string, onChanged: () => void): CaseSteps {
  const attend = useAction(async (requestId: string, attended: boolean) => {
    const result = await recordAttendance(caseId, attended, requestId)
    onChanged()
    return result
  })
  const progress = useAction(async (requestId: string, step: CaseStep) => {
    const result = await progressCase(caseId, step, requestId)
    onChanged()
    return result
  })
  return { attend, progress }
}
