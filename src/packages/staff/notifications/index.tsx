import { NotificationStatsView } from '../../../features/notifications/components/notification-stats-view'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** Staff: how the service's messages reached people, per template and day. */
export default function NotificationStatsPage() {
  return (
    <Screen>
      <PageHeader title='消息发送情况' subtitle='每种消息每天发出、失败和只放进“消息”的条数' />
      <NotificationStatsView />
    </Screen>
  )
}
