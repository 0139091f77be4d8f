import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { BulletinFeed } from '../../features/bulletins/components/bulletin-feed'
import { StaffEntry } from '../../features/bulletins/components/staff-entry'
import { useBulletinFeed } from '../../features/bulletins/hooks/use-bulletin-feed'
import { useUnreadBadge } from '../../features/notifications/hooks/use-unread-badge'
import { useProfileState } from '../../features/users/model/profile-store'
import { APP_NAME, UNION_NAME } from '../../lib/app-info'
import { callHotline } from '../../lib/call-hotline'
import { a11yProps } from '../../ui/a11y-props'
import { ListItem } from '../../ui/list-item'
import { Screen } from '../../ui/screen'
import { ServiceTiles } from './service-tiles'
import './index.css'

/** 首页: the union's news and bulletins, with the way into each service and the hotline above them. */
export default function HomePage() {
  const feed = useBulletinFeed()
  const profile = useProfileState()
  const isStaff = profile.status === 'ready' && (profile.profile.role === 'staff' || profile.profile.role === 'admin')
  useUnreadBadge(profile.status === 'ready')
  useReachBottom(feed.list.loadMore)
  usePullDownRefresh(() => {
    feed.list.reload()
    // The list shows its own loading state; the pull-down spinner need not wait for it.
    void Taro.stopPullDownRefresh()
  })

  return (
    <Screen>
      <View className='home-hero'>
        <Text className='home-hero__title' {...a11yProps({ role: 'heading', level: 1 })}>
          {APP_NAME}
        </Text>
        <Text className='home-hero__union'>{UNION_NAME} · 为户外劳动者和广大职工提供免费服务</Text>
      </View>
      <ServiceTiles />
      <View className='home-hotline'>
        <ListItem icon='phone' title='有困难，拨打职工服务热线 12351' subtitle='维权、求助、咨询' onClick={callHotline} />
      </View>
      {isStaff ? <StaffEntry /> : null}
      <BulletinFeed feed={feed} />
    </Screen>
  )
}
