import { trainingContract, type CheckInResult } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** Checks the caller in to the session a scanned code names. */
export function checkIn(scene: string, requestId: string): Promise<CheckInResult> {
  return callAction(trainingContract, 'checkIn', { scene }, { requestId })
}
