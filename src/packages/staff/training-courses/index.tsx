import { ManagedCourses } from '../../../features/training/components/managed-courses'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 培训管理: every course and competition, to create, edit, and open its roster. */
export default function TrainingCoursesPage() {
  return (
    <Screen>
      <PageHeader title='培训管理' subtitle='新建、修改课程，看名单、签到和导出' />
      <ManagedCourses />
    </Screen>
  )
}
