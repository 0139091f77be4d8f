import { trainingContract, type CourseRoster } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** A page of the roster with attendance (audited: it holds personal details). */
export function getRoster(courseId: string, cursor?: string): Promise<CourseRoster> {
  return callAction(trainingContract, 'getRoster', cursor === undefined ? { courseId } : { courseId, cursor })
}
