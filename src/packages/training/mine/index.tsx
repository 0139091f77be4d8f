import { MyTrainingsList } from '../../../features/training/components/my-trainings-list'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 我的培训: the person's sign-ups, waitlist places, attendance and certificates. */
export default function MyTrainingsPage() {
  return (
    <Screen>
      <PageHeader title='我的培训' subtitle='点一门课看详情、确认名额或取消' />
      <MyTrainingsList />
    </Screen>
  )
}
