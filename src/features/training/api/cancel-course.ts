import { trainingContract, type CancelledCourse } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** Cancels a course; everyone enrolled, offered or waiting is told, with the reason. */
export function cancelCourse(courseId: string, reason: string, requestId: string): Promise<CancelledCourse> {
  return callAction(trainingContract, 'cancelCourse', { courseId, reason }, { requestId })
}
