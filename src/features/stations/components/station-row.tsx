import { Text, View } from '@tarojs/components'
import { openNavigation } from '../../../lib/location'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { classNames } from '../../../ui/class-names'
import { Tag } from '../../../ui/tag'
import type { NearbyRow } from '../model/nearby-view'
import { AmenityList } from './amenity-list'
import { OpeningBadge } from './opening-badge'
import './station-row.css'

export interface StationRowProps {
  readonly row: NearbyRow
  /** The number the map shows on this station's marker; none for stations off the map (favourites). */
  readonly rank?: number
  readonly selected?: boolean
  /** Name, distance, open or not and 导航 only: for 常去的驿站, which the person already knows. */
  readonly compact?: boolean
  readonly onOpen: (row: NearbyRow) => void
}

/**
 * One station in a list: the card opens its page (number, name, distance in big type, open or
 * closed in words, what it offers), and 导航 beside it goes straight there, for a worker in a hurry.
 * Closed stations are greyed, never hidden.
 */
export function StationRow({ row, rank, selected = false, compact = false, onOpen }: StationRowProps) {
  return (
    <View className={classNames('station-item', row.opening.greyed && 'station-item--closed', selected && 'station-item--selected')}>
      <View className='station-row' hoverClass='station-row--pressed' onClick={() => onOpen(row)} {...a11yProps({ role: 'button', label: row.spoken })}>
        <View className='station-row__head'>
          {rank === undefined ? null : (
            <Text className='station-row__rank' {...a11yProps({ hidden: true })}>
              {rank}
            </Text>
          )}
          <Text className='station-row__name'>{row.name}</Text>
        </View>
        <View className='station-row__status'>
          <Text className='station-row__distance'>{row.distanceText}</Text>
          <OpeningBadge opening={row.opening} />
          {row.standard === null ? null : <Tag label={row.standard} emphasis />}
        </View>
        {compact ? null : <Text className='station-row__address'>{row.address}</Text>}
        {compact ? null : <AmenityList amenities={row.amenities} />}
      </View>
      <Button
        className='station-item__go'
        variant={row.opening.greyed ? 'secondary' : 'primary'}
        spokenLabel={`导航去${row.name}`}
        onClick={() => openNavigation({ location: row.station.location, name: row.name, address: row.address })}
      >
        导航
      </Button>
    </View>
  )
}
