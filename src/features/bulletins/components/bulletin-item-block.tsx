import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import type { BulletinItem } from '../../../domain/bulletins/bulletin'
import { a11yProps } from '../../../ui/a11y-props'
import { itemAnchor } from '../model/bulletin-outline'
import { BulletinText } from './bulletin-text'

export interface BulletinItemBlockProps {
  readonly item: BulletinItem
  readonly query: string
}

/**
 * One numbered item as printed: the label and lead as a heading, its paragraphs, then 一是/二是… each
 * starting a paragraph with the ordinal in bold. Memoised: a long bulletin renders each item once.
 */
export const BulletinItemBlock = memo(function BulletinItemBlock({ item, query }: BulletinItemBlockProps) {
  return (
    <View id={itemAnchor(item.number)} className='bulletin-article__item'>
      <Text className='bulletin-article__lead' {...a11yProps({ role: 'heading', level: 2 })}>
        <Text className='bulletin-article__label'>{item.label}</Text>
        <BulletinText text={item.lead} query={query} />
      </Text>
      {item.paragraphs.map((paragraph, i) => (
        <BulletinText key={`p${i}`} className='bulletin-article__paragraph' text={paragraph} query={query} />
      ))}
      {item.subPoints.map(point => (
        <View key={point.ordinal} className='bulletin-article__sub-point'>
          {point.text.split('\n').map((part, k) => (
            <Text key={k} className='bulletin-article__paragraph'>
              {k === 0 ? <Text className='bulletin-article__ordinal'>{point.ordinal}</Text> : null}
              <BulletinText text={part} query={query} />
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
})
