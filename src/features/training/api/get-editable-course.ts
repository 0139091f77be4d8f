import { trainingContract, type EditableCourse } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** A course as staff saved it, to edit. */
export function getEditableCourse(courseId: string): Promise<EditableCourse> {
  return callAction(trainingContract, 'getEditableCourse', { courseId })
}
