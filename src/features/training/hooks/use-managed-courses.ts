import type { CourseSummary } from '../../../domain/contracts/training'
import { listManagedCourses } from '../api/list-managed-courses'
import { usePagedList, type PagedList } from './use-paged-list'

/** Staff: every course, newest first, cancelled ones too. */
export function useManagedCourses(): PagedList<CourseSummary> {
  return usePagedList(listManagedCourses, [])
}
