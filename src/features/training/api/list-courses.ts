import { trainingContract, type CourseSummary, type Page } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** Published courses and competitions, soonest first, with places left and the caller's standing. */
export function listCourses(cursor?: string): Promise<Page<CourseSummary>> {
  return callAction(trainingContract, 'listCourses', cursor === undefined ? {} : { cursor })
}
