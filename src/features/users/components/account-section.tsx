import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ListItem } from '../../../ui/list-item'
import { Section } from '../../../ui/section'
import './settings-section.css'

/** Pages of the 我的 subpackage. */
export const ME_PAGES = {
  privacy: '/packages/me/privacy/index',
  myData: '/packages/me/my-data/index',
} as const

/** 隐私与数据 on 我的: where a person reads the policy, manages consent, and sees or deletes their data. */
export function AccountSection() {
  return (
    <Section title='隐私与数据'>
      <View className='settings-section'>
        <ListItem
          icon='lock'
          title='隐私与授权'
          subtitle='隐私政策，同意或撤回同意'
          onClick={() => void Taro.navigateTo({ url: ME_PAGES.privacy })}
        />
        <ListItem
          icon='folder'
          title='我的数据'
          subtitle='查看、复制或删除我们保存的您的信息'
          onClick={() => void Taro.navigateTo({ url: ME_PAGES.myData })}
        />
      </View>
    </Section>
  )
}
