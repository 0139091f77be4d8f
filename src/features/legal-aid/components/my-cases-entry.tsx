import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ListItem } from '../../../ui/list-item'
import { Section } from '../../../ui/section'
import { LEGAL_AID_PAGES } from '../model/legal-aid-pages'
import './my-cases-entry.css'

/** 我的咨询 on 我的: the way to the person's legal-aid bookings and cases (loaded on that page, not here). */
export function MyCasesEntry() {
  return (
    <Section title='法律援助' description='您预约的律师坐班、主席接待和办理经过'>
      <View className='legal-my-cases-entry'>
        <ListItem icon='legal' title='我的咨询' subtitle='查看、取消预约，看办理结果' onClick={() => void Taro.navigateTo({ url: LEGAL_AID_PAGES.myCases })} />
      </View>
    </Section>
  )
}
