import { trainingContract, type CourseDetail } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** One course with its sessions, the caller's eligibility and standing, and the server's time. */
export function getCourse(courseId: string): Promise<CourseDetail> {
  return callAction(trainingContract, 'getCourse', { courseId })
}
