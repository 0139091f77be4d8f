import { InboxList } from '../../../features/notifications/components/inbox-list'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 消息: every notice and reminder the service sent the person, whether WeChat carried it or not. */
export default function InboxPage() {
  return (
    <Screen>
      <PageHeader title='消息' subtitle='最新的在最上面，点一条可以查看详情' />
      <InboxList />
    </Screen>
  )
}
