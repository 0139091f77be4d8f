import { MyReportsPageContent } from '../../../features/stations/components/my-reports-page-content'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 我的反馈: every station problem I reported, and what became of it. */
export default function MyReportsPage() {
  return (
    <Screen>
      <PageHeader title='我的反馈' subtitle='您报告过的驿站问题和处理结果' />
      <MyReportsPageContent />
    </Screen>
  )
}
