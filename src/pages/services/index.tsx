import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { LEGAL_AID_PAGES } from '../../features/legal-aid/model/legal-aid-pages'
import { useUnreadBadge } from '../../features/notifications/hooks/use-unread-badge'
import { useProfileState } from '../../features/users/model/profile-store'
import { callHotline } from '../../lib/call-hotline'
import { Card } from '../../ui/card'
import { IconLabel } from '../../ui/icon-label'
import { ListItem } from '../../ui/list-item'
import { PageHeader } from '../../ui/page-header'
import { Screen } from '../../ui/screen'
import { Section } from '../../ui/section'
import { StatusBadge } from '../../ui/status-badge'
import './index.css'

/** 服务: the union's free legal aid, and skills training (not open yet: said plainly, with the hotline). */
export default function ServicesPage() {
  useUnreadBadge(useProfileState().status === 'ready')
  return (
    <Screen>
      <PageHeader title='服务' subtitle='免费法律援助；技能培训即将开通' />
      <View className='services-cards'>
        <Card>
          <IconLabel icon='legal' label='法律援助' size='lg' className='services-cards__heading' />
          <Text className='services-cards__text'>
            被拖欠工资、受了工伤、劳动合同有纠纷，可以找工会的律师免费咨询，需要时由律师代理。
          </Text>
          <View className='services-actions services-cards__actions'>
            <ListItem icon='legal' title='预约律师坐班、主席接待日' subtitle='选时间，到职工服务中心当面谈' onClick={() => void Taro.navigateTo({ url: LEGAL_AID_PAGES.book })} />
            <ListItem icon='folder' title='我的咨询' subtitle='查看、取消预约，看办理结果' onClick={() => void Taro.navigateTo({ url: LEGAL_AID_PAGES.myCases })} />
          </View>
        </Card>
        {/* Not open yet: said plainly, drawn flat (nothing to tap but the hotline). */}
        <Card className='services-cards__coming'>
          <View className='services-cards__coming-head'>
            <IconLabel icon='training' label='技能培训' size='lg' className='services-cards__heading services-cards__heading--coming' />
            <StatusBadge tone='pending' label='即将开通' />
          </View>
          <Text className='services-cards__text'>技能培训还没有开通。开通后，可以在这里看工会的免费课程、报名。想先了解，可以打热线问问。</Text>
          <View className='services-actions services-cards__actions'>
            <ListItem icon='phone' title='打 12351 问培训' subtitle='职工服务热线，问开课时间和报名办法' onClick={callHotline} />
          </View>
        </Card>
      </View>
      <Section title='现在就想问' description='电话里说清楚您的情况'>
        <View className='services-actions'>
          <ListItem icon='phone' title='拨打职工服务热线 12351' subtitle='法律咨询、维权求助' onClick={callHotline} />
        </View>
      </Section>
    </Screen>
  )
}
