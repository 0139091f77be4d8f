import { Text, View } from '@tarojs/components'
import { formatShanghaiDateTime } from '../../../lib/shanghai-time'
import { a11yProps } from '../../../ui/a11y-props'
import { Icon } from '../../../ui/icon'
import './offline-note.css'

/** Says the list comes from the phone's copy, and how old it is. */
export function OfflineNote({ savedAt }: { readonly savedAt: number }) {
  return (
    <View className='offline-note' {...a11yProps({ live: 'polite' })}>
      <Icon name='warning' />
      <Text>离线数据，更新于 {formatShanghaiDateTime(savedAt)}。距离按手机算出，营业状态可能有变</Text>
    </View>
  )
}
