import type { MyEnrollment } from '../../../domain/contracts/training'
import { listMyEnrollments } from '../api/list-my-enrollments'
import { usePagedList, type PagedList } from './use-paged-list'

/** 我的培训: the caller's sign-ups, newest first. */
export function useMyEnrollments(): PagedList<MyEnrollment> {
  return usePagedList(listMyEnrollments, [])
}
