import { Text, View } from '@tarojs/components'
import { a11yProps } from '../../../ui/a11y-props'
import { Icon } from '../../../ui/icon'
import type { OutlineEntry } from '../model/bulletin-outline'
import './bulletin-toc.css'

export interface BulletinTocProps {
  readonly entries: readonly OutlineEntry[]
  readonly onJump: (entry: OutlineEntry) => void
}

/** 目录: each numbered item with its lead, as a row a thumb can hit; tapping jumps to the item. */
export function BulletinToc({ entries, onJump }: BulletinTocProps) {
  return (
    <View className='bulletin-toc' {...a11yProps({ role: 'navigation', label: '目录' })}>
      <Text className='bulletin-toc__title' {...a11yProps({ role: 'heading', level: 2 })}>
        目录
      </Text>
      {entries.map(entry => (
        <View
          key={entry.number}
          className='bulletin-toc__entry'
          hoverClass='bulletin-toc__entry--pressed'
          onClick={() => onJump(entry)}
          {...a11yProps({ role: 'button', label: `跳到第 ${entry.number} 项：${entry.lead}` })}
        >
          <Text className='bulletin-toc__label'>{entry.label}</Text>
          <Text className='bulletin-toc__lead'>{entry.lead}</Text>
          <Icon name='chevronRight' className='bulletin-toc__chevron' />
        </View>
      ))}
    </View>
  )
}
