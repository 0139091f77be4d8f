import { ReceptionDayScreen } from '../../../features/legal-aid/components/reception-day'
import { useProfileState } from '../../../features/users/model/profile-store'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 今日接待, for hosts and staff: the day's appointments, attendance, and closing cases with their outcome. */
export default function ReceptionPage() {
  const profile = useProfileState()
  const role = profile.status === 'ready' ? profile.profile.role : 'worker'
  return (
    <Screen>
      <PageHeader title='今日接待' subtitle='每次查看和操作都有记录' />
      <ReceptionDayScreen key={role} canSeeAll={role === 'staff' || role === 'admin'} />
    </Screen>
  )
}
