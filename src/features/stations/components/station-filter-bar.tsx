import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formatDistance } from '../../../domain/geo/format-distance'
import type { AmenityCatalogue } from '../../../domain/stations/amenities'
import { DEFAULT_NEARBY_FILTER, type NearbyFilter } from '../../../domain/stations/nearby-query'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { Sheet } from '../../../ui/sheet'
import { LIST_LIMIT } from '../model/nearby-view'
import { StationFilters } from './station-filters'
import './station-filter-bar.css'

export interface StationFilterBarProps {
  readonly filter: NearbyFilter
  readonly catalogue: AmenityCatalogue
  /** How many stations the filter finds; null while looking. */
  readonly found: number | null
  readonly onChange: (filter: NearbyFilter) => void
  readonly mapShown: boolean
  readonly onToggleMap: () => void
}

/**
 * The filters folded into one row: what is being looked for and how many stations it finds, 筛选
 * to change it in a sheet that counts the matches as each choice is made, and the map on request.
 */
export function StationFilterBar({ filter, catalogue, found, onChange, mapShown, onToggleMap }: StationFilterBarProps) {
  const [open, setOpen] = useState(false)
  const chosen = catalogue.filter(amenity => filter.amenities.includes(amenity.key)).map(amenity => amenity.label)
  if (filter.openNow) chosen.push('营业中')
  const count = found === null ? '正在查找…' : `找到 ${found >= LIST_LIMIT ? `${LIST_LIMIT} 个以上` : `${found} 个`}驿站`
  return (
    <View className='station-filter-bar'>
      <View className='station-filter-bar__text' {...a11yProps({ live: 'polite' })}>
        <Text className='station-filter-bar__count' {...a11yProps({ role: 'heading', level: 2 })}>{`${formatDistance(filter.radiusMeters)}内${count}`}</Text>
        {chosen.length > 0 ? <Text className='station-filter-bar__chosen'>{`只看：${chosen.join('、')}`}</Text> : null}
      </View>
      <Button variant={chosen.length > 0 ? 'primary' : 'secondary'} spokenLabel={`筛选，已选 ${chosen.length} 项`} onClick={() => setOpen(true)}>
        {chosen.length > 0 ? `筛选 ${chosen.length}` : '筛选'}
      </Button>
      <Button variant='secondary' onClick={onToggleMap}>
        {mapShown ? '收起地图' : '地图'}
      </Button>
      {open ? (
        <Sheet title='筛选驿站' onDismiss={() => setOpen(false)}>
          <StationFilters filter={filter} catalogue={catalogue} onChange={onChange} />
          <Text className='station-filter-bar__live' {...a11yProps({ live: 'polite' })}>{`${formatDistance(filter.radiusMeters)}内${count}`}</Text>
          <Button block onClick={() => setOpen(false)}>
            看结果
          </Button>
          {chosen.length > 0 || filter.radiusMeters !== DEFAULT_NEARBY_FILTER.radiusMeters ? (
            <Button variant='secondary' block onClick={() => onChange(DEFAULT_NEARBY_FILTER)}>
              清除筛选
            </Button>
          ) : null}
        </Sheet>
      ) : null}
    </View>
  )
}
