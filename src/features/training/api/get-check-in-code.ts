import { trainingContract, type CheckInCode } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** A session's mini-program code (PNG) for staff to show at the venue. */
export function getCheckInCode(courseId: string, sessionId: string): Promise<CheckInCode> {
  return callAction(trainingContract, 'getCheckInCode', { courseId, sessionId })
}
