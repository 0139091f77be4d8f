import { trainingContract, type MyEnrollment } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** Cancels the caller's place, leaves the waitlist or declines an offer, until the cut-off. */
export function withdraw(courseId: string, requestId: string): Promise<MyEnrollment> {
  return callAction(trainingContract, 'withdraw', { courseId }, { requestId })
}
