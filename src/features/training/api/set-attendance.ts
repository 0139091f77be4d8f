import { trainingContract, type RosterRow } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** Staff record or correct one person's attendance of a session by hand. */
export function setAttendance(courseId: string, enrollmentId: string, sessionId: string, attended: boolean, requestId: string): Promise<RosterRow> {
  return callAction(trainingContract, 'setAttendance', { courseId, enrollmentId, sessionId, attended }, { requestId })
}
