import { Text, View } from '@tarojs/components'
import { a11yProps } from '../../../ui/a11y-props'
import { classNames } from '../../../ui/class-names'
import { Tag } from '../../../ui/tag'
import type { NearbyRow } from '../model/nearby-view'
import { AmenityList } from './amenity-list'
import { OpeningBadge } from './opening-badge'
import './station-row.css'

export interface StationRowProps {
  readonly row: NearbyRow
  /** The number the map shows on this station's marker. */
  readonly rank: number
  readonly selected?: boolean
  readonly onOpen: (row: NearbyRow) => void
}

/**
 * One station in the nearby list, the whole card one tap target: number, name, distance in big
 * type, open or closed in words, what it offers. Closed stations are greyed, never hidden.
 */
export function StationRow({ row, rank, selected = false, onOpen }: StationRowProps) {
  return (
    <View
      className={classNames('station-row', row.opening.greyed && 'station-row--closed', selected && 'station-row--selected')}
      hoverClass='station-row--pressed'
      onClick={() => onOpen(row)}
      {...a11yProps({ role: 'button', label: row.spoken })}
    >
      <View className='station-row__head'>
        <Text className='station-row__rank' {...a11yProps({ hidden: true })}>
          {rank}
        </Text>
        <Text className='station-row__name'>{row.name}</Text>
        <Text className='station-row__distance'>{row.distanceText}</Text>
      </View>
      <View className='station-row__status'>
        <OpeningBadge opening={row.opening} />
        {row.standard === null ? null : <Tag label={row.standard} emphasis />}
      </View>
      <Text className='station-row__address'>{row.address}</Text>
      <AmenityList amenities={row.amenities} />
    </View>
  )
}
