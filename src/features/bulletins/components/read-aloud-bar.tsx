import { Text, View } from '@tarojs/components'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { classNames } from '../../../ui/class-names'
import type { ReadAloud } from '../hooks/use-read-aloud'
import './read-aloud-bar.css'

/**
 * 听简报: one big button to hear the bulletin; while it reads, where it is and the buttons to pause, go on and
 * stop, kept at the top of the screen as the page follows the reading. Why it stopped, in plain words.
 */
export function ReadAloudBar({ reader }: { readonly reader: ReadAloud }) {
  const active = reader.status === 'reading' || reader.status === 'paused'
  return (
    <View className={classNames('read-aloud', active && 'read-aloud--active')} {...a11yProps({ role: 'region', label: '听简报' })}>
      {reader.progress !== '' ? (
        <Text className='read-aloud__progress' {...a11yProps({ live: 'polite' })}>
          {reader.progress}
        </Text>
      ) : null}
      {reader.message !== null ? (
        <Text className='read-aloud__message' {...a11yProps({ role: 'alert' })}>
          {reader.message}
        </Text>
      ) : null}
      {reader.status === 'finished' ? <Text className='read-aloud__progress'>读完了。</Text> : null}
      <View className='read-aloud__buttons'>
        {reader.status === 'idle' || reader.status === 'finished' ? (
          <Button icon='speaker' block onClick={reader.start} spokenLabel='听简报：把这篇资讯读给我听'>
            {reader.status === 'finished' ? '再听一遍' : '听简报'}
          </Button>
        ) : null}
        {reader.status === 'reading' ? (
          <Button icon='pause' onClick={reader.pause}>
            暂停
          </Button>
        ) : null}
        {reader.status === 'paused' || (reader.status === 'failed' && reader.canRetry) ? (
          <Button icon='speaker' onClick={reader.status === 'paused' ? reader.resume : reader.start}>
            继续听
          </Button>
        ) : null}
        {active || reader.status === 'failed' ? (
          <Button variant='secondary' icon='close' onClick={reader.stop} spokenLabel={active ? '停止朗读' : '关闭朗读'}>
            {active ? '停止' : '关闭'}
          </Button>
        ) : null}
      </View>
    </View>
  )
}
