import { View } from '@tarojs/components'
import { useUnreadBadge } from '../../features/notifications/hooks/use-unread-badge'
import { StationsFinder } from '../../features/stations/components/stations-finder'
import { useProfileState } from '../../features/users/model/profile-store'
import { callHotline } from '../../lib/call-hotline'
import { ListItem } from '../../ui/list-item'
import { PageHeader } from '../../ui/page-header'
import { Screen } from '../../ui/screen'
import { Section } from '../../ui/section'
import './index.css'

/** 驿站: the nearest rest stations, on a map and in a list; staff also find station management here. */
export default function StationsPage() {
  const profile = useProfileState()
  const canManage = profile.status === 'ready' && (profile.profile.role === 'staff' || profile.profile.role === 'admin')
  useUnreadBadge(profile.status === 'ready')
  return (
    <Screen>
      <PageHeader title='职工驿站' subtitle='喝水、热饭、充电、歇脚，免费开放' />
      <StationsFinder canManage={canManage} />
      <Section title='找不到驿站？' description='打电话问问离您最近的驿站'>
        <View className='stations-actions'>
          <ListItem icon='phone' title='拨打职工服务热线 12351' subtitle='问驿站地址、开放时间' onClick={callHotline} />
        </View>
      </Section>
    </Screen>
  )
}
