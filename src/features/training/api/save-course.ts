import type { PayloadOf } from '../../../domain/contracts/define-contract'
import { trainingContract, type CourseDetail } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** A course as the function takes it (the course input schema's output). */
export type CourseToSave = PayloadOf<(typeof trainingContract)['actions']['saveCourse']>['course']

/** Creates a course (no id) or edits one; a retry with the same requestId saves once. */
export function saveCourse(course: CourseToSave, courseId: string | null, requestId: string): Promise<CourseDetail> {
  return callAction(trainingContract, 'saveCourse', courseId === null ? { course } : { courseId, course }, { requestId })
}
