import { Text, View } from '@tarojs/components'
import { StatusBadge } from '../../../ui/status-badge'
import type { OpeningView } from '../model/opening-view'
import './opening-badge.css'

/** 营业中 / 即将关闭 / 已关闭 in words and icon shape, with when it closes or opens next. */
export function OpeningBadge({ opening }: { readonly opening: OpeningView }) {
  return (
    <View className='station-opening'>
      <StatusBadge tone={opening.tone} label={opening.label} />
      {opening.detail === null ? null : <Text className='station-opening__detail'>{opening.detail}</Text>}
    </View>
  )
}
