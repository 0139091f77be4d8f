import { trainingContract, type CourseSummary, type Page } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** Every course for staff, newest first, cancelled ones too. */
export function listManagedCourses(cursor?: string): Promise<Page<CourseSummary>> {
  return callAction(trainingContract, 'listManagedCourses', cursor === undefined ? {} : { cursor })
}
