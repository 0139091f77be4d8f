import { useEffect, useState } from 'react'
import type { MyCase } from '../../../domain/contracts/legal-aid'
import { useAction, type ActionState } from '../../../lib/use-action'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { cancelBooking } from '../api/cancel-booking'
import { getMyCase } from '../api/get-my-case'
import { rateCase } from '../api/rate-case'

export interface MyCaseState {
  readonly remote: RemoteState<MyCase>
  /** The case as last loaded or as the last change left it. */
  readonly current: MyCase | undefined
  readonly cancel: ActionState<[], MyCase>
  readonly rate: ActionState<[score: number, comment: string], MyCase>
}

/** One of the caller's cases, cancelling and rating it; the answer to either replaces what is shown. */
export function useMyCase(caseId: string): MyCaseState {
  const remote = useRemote(() => getMyCase(caseId), [caseId], { isEmpty: () => false })
  const [changed, setChanged] = useState<MyCase | undefined>(undefined)
  useEffect(() => setChanged(undefined), [remote.data])
  const cancel = useAction(async (requestId: string) => {
    const result = await cancelBooking(caseId, requestId)
    setChanged(result)
    return result
  })
  const rate = useAction(async (requestId: string, score: number, comment: string) => {
    const result = await rateCase(caseId, score, comment, requestId)
    setChanged(result)
    return result
  })
  return { remote, current: changed ?? remote.data, cancel, rate }
}
