import { useEffect } from 'react'
import type { CheckInResult } from '../../../domain/contracts/training'
import { useAction, type ActionState } from '../../../lib/use-action'
import { checkIn } from '../api/check-in'

/**
 * Checks in as soon as the page opens with a scanned scene (scanning is the person's tap); 再试一次 repeats
 * the same request after a lost answer, so a check-in is never counted twice.
 */
export function useCheckIn(scene: string | null, onResult: (result: CheckInResult) => void): ActionState<[], CheckInResult> {
  const action = useAction(async (requestId: string) => {
    if (scene === null) throw new Error('no scene')
    const result = await checkIn(scene, requestId)
    onResult(result)
    return result
  })
  const { run } = action
  useEffect(() => {
    if (scene !== null) void run()
  }, [scene, run])
  return action
}
