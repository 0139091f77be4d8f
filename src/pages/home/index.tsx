import { Text, View } from '@tarojs/components'
import { APP_NAME, UNION_NAME } from '../../lib/app-info'
import { callHotline } from '../../lib/call-hotline'
import { ListItem } from '../../ui/list-item'
import { Screen } from '../../ui/screen'
import { Section } from '../../ui/section'
import { a11yProps } from '../../ui/a11y-props'
import { ServiceTiles } from './service-tiles'
import './index.css'

/** 首页: who we are and the way into each service. */
export default function HomePage() {
  return (
    <Screen>
      <View className='home-hero'>
        <Text className='home-hero__title' {...a11yProps({ role: 'heading', level: 1 })}>
          {APP_NAME}
        </Text>
        <Text className='home-hero__union'>{UNION_NAME}</Text>
        <Text className='home-hero__tagline'>为户外劳动者和广大职工提供免费服务</Text>
      </View>
      <Section title='我要办事'>
        <ServiceTiles />
      </Section>
      <Section title='有困难，打电话' description='工会的职工维权服务热线'>
        <View className='home-hotline'>
          <ListItem icon='phone' title='拨打职工服务热线 12351' subtitle='维权、求助、咨询' onClick={callHotline} />
        </View>
      </Section>
    </Screen>
  )
}
