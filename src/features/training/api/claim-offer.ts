import { trainingContract, type MyEnrollment } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** Takes the place offered to the caller, before the offer expires. */
export function claimOffer(courseId: string, requestId: string): Promise<MyEnrollment> {
  return callAction(trainingContract, 'claimOffer', { courseId }, { requestId })
}
