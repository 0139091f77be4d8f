import { CourseList } from '../../../features/training/components/course-list'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 技能培训: the union's free courses and skill competitions, open to sign up. */
export default function CoursesPage() {
  return (
    <Screen>
      <PageHeader title='技能培训' subtitle='工会的免费培训和技能竞赛，按报名先后分配名额' />
      <CourseList />
    </Screen>
  )
}
