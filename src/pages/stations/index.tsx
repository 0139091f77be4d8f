import { Text, View } from '@tarojs/components'
import { callHotline } from '../../lib/call-hotline'
import { Card } from '../../ui/card'
import { IconLabel } from '../../ui/icon-label'
import { ListItem } from '../../ui/list-item'
import { PageHeader } from '../../ui/page-header'
import { Screen } from '../../ui/screen'
import { Section } from '../../ui/section'
import { Tag } from '../../ui/tag'
import './index.css'

const AMENITIES = ['歇脚', '喝水', '热饭', '充电', '如厕', '应急药箱'] as const

/** 驿站: what the union's rest stations are and who they are for. */
export default function StationsPage() {
  return (
    <Screen>
      <PageHeader title='职工驿站' subtitle='户外劳动者的歇脚点，免费开放' />
      <View className='stations-intro'>
        <Card>
          <IconLabel icon='station' label='驿站能做什么' size='lg' className='stations-intro__heading' />
          <Text className='stations-intro__text'>
            工会在全市设有职工驿站，环卫工人、快递员、外卖骑手、建筑工人、出租车司机等户外劳动者都可以进去休息。
          </Text>
          <View className='stations-intro__tags'>
            {AMENITIES.map(amenity => (
              <Tag key={amenity} label={amenity} />
            ))}
          </View>
        </Card>
      </View>
      <Section title='找不到驿站？' description='打电话问问离您最近的驿站'>
        <View className='stations-actions'>
          <ListItem icon='phone' title='拨打职工服务热线 12351' subtitle='问驿站地址、开放时间' onClick={callHotline} />
        </View>
      </Section>
    </Screen>
  )
}
