import type { CourseSummary } from '../../../domain/contracts/training'
import { listCourses } from '../api/list-courses'
import { usePagedList, type PagedList } from './use-paged-list'

/** 技能培训: published courses and competitions, soonest first. */
export function useCourses(): PagedList<CourseSummary> {
  return usePagedList(listCourses, [])
}
