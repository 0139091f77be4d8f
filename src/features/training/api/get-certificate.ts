import { trainingContract, type Certificate } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** The caller's completion certificate for a course they completed. */
export function getCertificate(courseId: string): Promise<Certificate> {
  return callAction(trainingContract, 'getCertificate', { courseId })
}
