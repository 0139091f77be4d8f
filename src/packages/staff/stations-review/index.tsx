import { useRouter } from '@tarojs/taro'
import { ReportReview } from '../../../features/stations/components/report-review'
import { EmptyState } from '../../../ui/empty-state'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 处理反馈 (staff): one report and its next step. */
export default function StationReviewPage() {
  const { params } = useRouter()
  const reportId = params.id ?? ''
  return (
    <Screen>
      <PageHeader title='处理反馈' />
      {reportId === '' ? <EmptyState title='没有指定反馈' description='请从职工反馈列表打开' /> : <ReportReview reportId={reportId} />}
    </Screen>
  )
}
