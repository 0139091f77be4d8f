import { useRouter } from '@tarojs/taro'
import { MyCaseDetail } from '../../../features/legal-aid/components/my-case-detail'
import { EmptyState } from '../../../ui/empty-state'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** One of the person's cases: where it stands, its timeline, cancelling. Messages about the case open here. */
export default function MyCasePage() {
  const { params } = useRouter()
  const caseId = params.id ?? ''
  return (
    <Screen>
      <PageHeader title='我的预约' />
      {caseId === '' ? <EmptyState title='没有指定预约' description='请从“我的咨询”里打开' /> : <MyCaseDetail caseId={caseId} />}
    </Screen>
  )
}
