import { MyCasesList } from '../../../features/legal-aid/components/my-cases-list'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 我的咨询: the person's bookings and cases. */
export default function MyCasesPage() {
  return (
    <Screen>
      <PageHeader title='我的咨询' subtitle='点一条查看办理经过' />
      <MyCasesList />
    </Screen>
  )
}
