import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formatDistance } from '../../../domain/geo/format-distance'
import type { AmenityCatalogue } from '../../../domain/stations/amenities'
import { NEARBY_RADII, type NearbyFilter, type NearbyRadius } from '../../../domain/stations/nearby-query'
import { a11yProps } from '../../../ui/a11y-props'
import { classNames } from '../../../ui/class-names'
import { AmenityIcon } from './amenity-icon'
import './station-filters.css'

/** The 七个一 basics come first in every catalogue; the extras wait behind 更多. */
const FIRST_SHOWN = 7

export interface StationFiltersProps {
  readonly filter: NearbyFilter
  readonly catalogue: AmenityCatalogue
  readonly onChange: (filter: NearbyFilter) => void
}

/** What the person needs (amenities from the city's checklist), open now, and how far to look. */
export function StationFilters({ filter, catalogue, onChange }: StationFiltersProps) {
  const [showAll, setShowAll] = useState(false)
  const chosen = new Set(filter.amenities)
  // An amenity already chosen stays visible even when the extras are folded away.
  const shown = catalogue.filter((amenity, index) => showAll || index < FIRST_SHOWN || chosen.has(amenity.key))
  const toggle = (key: string) => {
    const next = chosen.has(key) ? filter.amenities.filter(item => item !== key) : [...filter.amenities, key]
    onChange({ ...filter, amenities: next })
  }
  const setRadius = (radiusMeters: NearbyRadius) => onChange({ ...filter, radiusMeters })

  return (
    <View className='station-filters'>
      <Text className='station-filters__label'>我需要</Text>
      <View className='station-filters__chips'>
        {shown.map(amenity => {
          const on = chosen.has(amenity.key)
          return (
            <View
              key={amenity.key}
              className={classNames('station-filters__chip', on && 'station-filters__chip--on')}
              hoverClass='station-filters__chip--pressed'
              onClick={() => toggle(amenity.key)}
              {...a11yProps({ role: 'checkbox', checked: on, label: amenity.label })}
            >
              <AmenityIcon icon={amenity.icon} />
              <Text>{amenity.label}</Text>
              {on ? <Text className='station-filters__tick'>✓</Text> : null}
            </View>
          )
        })}
        {catalogue.length > FIRST_SHOWN ? (
          <View
            className='station-filters__chip station-filters__chip--more'
            onClick={() => setShowAll(!showAll)}
            {...a11yProps({ role: 'button', label: showAll ? '收起更多设施' : '显示更多设施' })}
          >
            <Text>{showAll ? '收起' : '更多'}</Text>
          </View>
        ) : null}
      </View>
      <Text className='station-filters__label'>营业时间</Text>
      <View className='station-filters__chips'>
        {/* A chip, not a switch: a switch writes 已开启/已关闭 beside it, which would read as the station's state. */}
        <View
          className={classNames('station-filters__chip', filter.openNow && 'station-filters__chip--on')}
          hoverClass='station-filters__chip--pressed'
          onClick={() => onChange({ ...filter, openNow: !filter.openNow })}
          {...a11yProps({ role: 'checkbox', checked: filter.openNow, label: '只看营业中' })}
        >
          <Text>只看营业中</Text>
          {filter.openNow ? <Text className='station-filters__tick'>✓</Text> : null}
        </View>
      </View>
      <Text className='station-filters__label'>查找范围</Text>
      <View className='station-filters__radii' {...a11yProps({ role: 'radiogroup', label: '查找范围' })}>
        {NEARBY_RADII.map(radius => {
          const on = filter.radiusMeters === radius
          return (
            <View
              key={radius}
              className={classNames('station-filters__radius', on && 'station-filters__radius--on')}
              onClick={() => setRadius(radius)}
              {...a11yProps({ role: 'radio', checked: on, label: `${formatDistance(radius)}内` })}
            >
              <Text>{formatDistance(radius)}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
