import { trainingContract, type MyEnrollment, type Page } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** 我的培训: the caller's enrollments, newest first. */
export function listMyEnrollments(cursor?: string): Promise<Page<MyEnrollment>> {
  return callAction(trainingContract, 'listMyEnrollments', cursor === undefined ? {} : { cursor })
}
