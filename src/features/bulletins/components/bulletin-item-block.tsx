import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import type { BulletinItem, BulletinPoint, BulletinSubPoint } from '../../../domain/bulletins/bulletin'
import { a11yProps } from '../../../ui/a11y-props'
import { classNames } from '../../../ui/class-names'
import { itemAnchor } from '../model/bulletin-outline'
import { BulletinText } from './bulletin-text'

export interface BulletinItemBlockProps {
  readonly item: BulletinItem
  readonly query: string
  /** The item is being read aloud: it is marked, so the eye finds what the ear hears. */
  readonly reading?: boolean
}

// Paragraphs, then 一是/二是… each starting a paragraph with the ordinal in bold.
function NodeContent({ paragraphs, subPoints, query }: { readonly paragraphs: readonly string[]; readonly subPoints: readonly BulletinSubPoint[]; readonly query: string }) {
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <BulletinText key={`p${i}`} className='bulletin-article__paragraph' text={paragraph} query={query} />
      ))}
      {subPoints.map(point => (
        <View key={point.ordinal} className='bulletin-article__sub-point'>
          {point.text.split('\n').map((part, k) => (
            <Text key={k} className='bulletin-article__paragraph'>
              {k === 0 ? <Text className='bulletin-article__ordinal'>{point.ordinal}</Text> : null}
              <BulletinText text={part} query={query} />
            </Text>
          ))}
        </View>
      ))}
    </>
  )
}

// A point below the item: indented by its level under a rule, its label and lead a heading one level down.
function PointBlock({ point, query }: { readonly point: BulletinPoint; readonly query: string }) {
  return (
    <View className={`bulletin-article__point bulletin-article__point--level-${point.level}`}>
      <Text className='bulletin-article__point-lead' {...a11yProps({ role: 'heading', level: point.level + 1 })}>
        <Text className='bulletin-article__label'>{point.label}</Text>
        <BulletinText text={point.lead} query={query} />
      </Text>
      <NodeContent paragraphs={point.paragraphs} subPoints={point.subPoints} query={query} />
    </View>
  )
}

/**
 * One numbered item as printed: the label and lead as a heading, its paragraphs and 一是/二是…, then the points
 * below it ((一), 1., (1)), each indented one step further for its level. Memoised: a long bulletin renders
 * each item once, and again only when it starts or stops being read aloud.
 */
export const BulletinItemBlock = memo(function BulletinItemBlock({ item, query, reading = false }: BulletinItemBlockProps) {
  return (
    <View id={itemAnchor(item.number)} className={classNames('bulletin-article__item', reading && 'bulletin-article__reading')}>
      <Text className='bulletin-article__lead' {...a11yProps({ role: 'heading', level: 2 })}>
        <Text className='bulletin-article__label'>{item.label}</Text>
        <BulletinText text={item.lead} query={query} />
      </Text>
      <NodeContent paragraphs={item.paragraphs} subPoints={item.subPoints} query={query} />
      {item.points.map((point, k) => (
        <PointBlock key={`${k}${point.label}`} point={point} query={query} />
      ))}
    </View>
  )
})
