import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { LEGAL_AID_PAGES } from '../../features/legal-aid/model/legal-aid-pages'
import { TRAINING_PAGES } from '../../features/training/model/training-pages'
import { useUnreadBadge } from '../../features/notifications/hooks/use-unread-badge'
import { useProfileState } from '../../features/users/model/profile-store'
import { callHotline } from '../../lib/call-hotline'
import { Card } from '../../ui/card'
import { IconLabel } from '../../ui/icon-label'
import { ListItem } from '../../ui/list-item'
import { PageHeader } from '../../ui/page-header'
import { Screen } from '../../ui/screen'
import { Section } from '../../ui/section'
import './index.css'

/** 服务: the union's free legal aid, and its skills training and competitions. */
export default function ServicesPage() {
  useUnreadBadge(useProfileState().status === 'ready')
  return (
    <Screen>
      <PageHeader title='服务' subtitle='免费法律援助、技能培训' />
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
        <Card>
          <IconLabel icon='training' label='技能培训' size='lg' className='services-cards__heading' />
          <Text className='services-cards__text'>工会免费的技能培训和技能竞赛：看课程、报名，满了可以候补；上课扫码签到，结业有证书。</Text>
          <View className='services-actions services-cards__actions'>
            <ListItem icon='training' title='技能培训和竞赛' subtitle='看课程、报名、候补' onClick={() => void Taro.navigateTo({ url: TRAINING_PAGES.courses })} />
            <ListItem icon='folder' title='我的培训' subtitle='报名结果、签到、结业证书' onClick={() => void Taro.navigateTo({ url: TRAINING_PAGES.mine })} />
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
