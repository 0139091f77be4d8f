import { Text, View } from '@tarojs/components'
import { formatShanghaiDateTime } from '../../../lib/shanghai-time'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { Icon } from '../../../ui/icon'
import './offline-notice.css'

export interface OfflineNoticeProps {
  /** When the copy shown was saved (epoch ms). */
  readonly savedAt: number
  readonly onRetry?: () => void
  readonly retrying?: boolean
}

/** Says plainly that what is shown is the copy saved on the phone, and from when; 重试 fetches the live one. */
export function OfflineNotice({ savedAt, onRetry, retrying = false }: OfflineNoticeProps) {
  return (
    <View className='offline-notice' {...a11yProps({ live: 'polite' })}>
      <View className='offline-notice__text'>
        <Icon name='clock' />
        <Text>离线内容，保存于 {formatShanghaiDateTime(savedAt)}</Text>
      </View>
      {onRetry ? (
        <Button variant='secondary' icon='refresh' loading={retrying} onClick={onRetry} spokenLabel='重新联网加载'>
          重试
        </Button>
      ) : null}
    </View>
  )
}
