import { useRouter } from '@tarojs/taro'
import { RosterScreen } from '../../../features/training/components/roster-screen'
import { EmptyState } from '../../../ui/empty-state'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** One course's roster, attendance, check-in codes, export and cancelling. */
export default function TrainingRosterPage() {
  const { params } = useRouter()
  const courseId = params.id ?? ''
  return (
    <Screen>
      <PageHeader title='名单和签到' />
      {courseId === '' ? <EmptyState title='没有指定课程' description='请从“培训管理”里打开' /> : <RosterScreen courseId={courseId} />}
    </Screen>
  )
}
