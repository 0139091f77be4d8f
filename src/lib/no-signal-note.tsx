import { Text, View } from '@tarojs/components'
import { a11yProps } from '../ui/a11y-props'
import { Button } from '../ui/button'
import { Icon } from '../ui/icon'
import { requestDataRefresh } from './data-refresh'
import { useNoSignal } from './network-status'
import './no-signal-note.css'

/**
 * Shown at the top of every page while calls fail for lack of network: what is on screen was
 * loaded before the signal went. 重试 loads everything on screen again.
 */
export function NoSignalNote() {
  const noSignal = useNoSignal()
  if (!noSignal) return null
  return (
    <View className='no-signal-note' {...a11yProps({ live: 'polite' })}>
      <View className='no-signal-note__text'>
        <Icon name='warning' />
        <Text>没有网络，页面上是断网前的内容</Text>
      </View>
      <Button variant='secondary' icon='refresh' spokenLabel='重新联网加载' onClick={requestDataRefresh}>
        重试
      </Button>
    </View>
  )
}
