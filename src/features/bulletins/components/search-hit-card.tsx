import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { memo } from 'react'
import type { BulletinSearchHit } from '../../../domain/contracts/bulletins'
import { a11yProps } from '../../../ui/a11y-props'
import { Tag } from '../../../ui/tag'
import { bulletinDate, issueLabel } from '../model/bulletin-dates'
import { bulletinPagePath } from '../model/share-link'
import { HighlightedText } from './highlighted-text'
import './bulletin-card.css'
import './search-hit-card.css'

export interface SearchHitCardProps {
  readonly hit: BulletinSearchHit
  readonly kindLabel: string
  readonly query: string
}

/** One search result, on the list's card (same look, same touch target): the title and a passage with the hits marked; opens the bulletin at the item that holds them. */
export const SearchHitCard = memo(function SearchHitCard({ hit, kindLabel, query }: SearchHitCardProps) {
  const title = hit.title.map(segment => segment.text).join('')
  const where = hit.itemNumber === null ? '' : `在第 ${hit.itemNumber} 项`
  const open = () => {
    const item = hit.itemNumber === null ? '' : `&item=${hit.itemNumber}`
    // Mark what the bulletin really holds: for a hit found by a word that means the same, not the word typed.
    const marks = hit.exact ? query : hit.marks.join(' ')
    void Taro.navigateTo({ url: `${bulletinPagePath(hit.id)}&q=${encodeURIComponent(marks)}${item}` })
  }
  return (
    <View
      className='bulletin-card'
      hoverClass='bulletin-card--pressed'
      onClick={open}
      {...a11yProps({ role: 'button', label: [title, kindLabel, issueLabel(hit.issueNumber), where].filter(Boolean).join('，') })}
    >
      <View className='bulletin-card__meta'>
        <Tag label={kindLabel} />
        {hit.issueNumber !== null ? <Text className='bulletin-card__issue'>{issueLabel(hit.issueNumber)}</Text> : null}
        <Text>{bulletinDate(hit.issuedOn, hit.publishedAt)}</Text>
      </View>
      <HighlightedText className='bulletin-card__title' segments={hit.title} />
      {hit.snippet.length > 0 ? <HighlightedText className='search-hit__snippet' segments={hit.snippet} /> : null}
      {where ? <Text className='search-hit__where'>{where}</Text> : null}
    </View>
  )
})
