import { useRouter } from '@tarojs/taro'
import { CourseEditor } from '../../../features/training/components/course-editor'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** A new course (no id) or an existing one to edit. */
export default function TrainingEditPage() {
  const { params } = useRouter()
  const courseId = params.id === undefined || params.id === '' ? null : params.id
  return (
    <Screen>
      <PageHeader title={courseId === null ? '新建培训或竞赛' : '修改课程'} subtitle='日期写成 2026-11-04，时间写成 09:00（北京时间）' />
      <CourseEditor courseId={courseId} />
    </Screen>
  )
}
