import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { memo } from 'react'
import type { BulletinListItem } from '../../../domain/contracts/bulletins'
import { a11yProps } from '../../../ui/a11y-props'
import { Tag } from '../../../ui/tag'
import { bulletinDate, issueLabel } from '../model/bulletin-dates'
import { readCountLabel } from '../model/read-count'
import { bulletinPagePath } from '../model/share-link'
import './bulletin-card.css'

export interface BulletinCardProps {
  readonly item: BulletinListItem
  readonly kindLabel: string
}

/**
 * One bulletin in the list: kind, 第N期, date, title and a two-line summary; the whole card opens it.
 * Memoised: a page appended below does not re-render the cards above it.
 */
export const BulletinCard = memo(function BulletinCard({ item, kindLabel }: BulletinCardProps) {
  const issue = issueLabel(item.issueNumber)
  const date = bulletinDate(item.issuedOn, item.publishedAt)
  const open = () => void Taro.navigateTo({ url: bulletinPagePath(item.id) })
  return (
    <View
      className='bulletin-card'
      hoverClass='bulletin-card--pressed'
      onClick={open}
      {...a11yProps({ role: 'button', label: [item.title, kindLabel, issue, date].filter(Boolean).join('，') })}
    >
      <View className='bulletin-card__meta'>
        <Tag label={kindLabel} emphasis={item.issueNumber !== null} />
        {issue ? <Text className='bulletin-card__issue'>{issue}</Text> : null}
        <Text className='bulletin-card__date'>{date}</Text>
      </View>
      <Text className='bulletin-card__title'>{item.title}</Text>
      <Text className='bulletin-card__summary'>{item.summary}</Text>
      <Text className='bulletin-card__reads'>{readCountLabel(item.readCount)}</Text>
    </View>
  )
})
