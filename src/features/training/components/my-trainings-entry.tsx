import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ListItem } from '../../../ui/list-item'
import { Section } from '../../../ui/section'
import { TRAINING_PAGES } from '../model/training-pages'
import './my-trainings-entry.css'

/** 我的培训 on 我的: the way to the person's sign-ups (loaded on that page, not here, to keep the main package small). */
export function MyTrainingsEntry() {
  return (
    <Section title='技能培训' description='您报名的培训、竞赛，候补和签到'>
      <View className='training-my-entry'>
        <ListItem icon='training' title='我的培训' subtitle='报名、候补、签到和结业证书' onClick={() => void Taro.navigateTo({ url: TRAINING_PAGES.mine })} />
      </View>
    </Section>
  )
}
