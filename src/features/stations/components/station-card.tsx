import { Text, View } from '@tarojs/components'
import { openNavigation } from '../../../lib/location'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import type { NearbyRow } from '../model/nearby-view'
import { AmenityList } from './amenity-list'
import { OpeningBadge } from './opening-badge'
import './station-card.css'

export interface StationCardProps {
  readonly row: NearbyRow
  readonly onOpen: (row: NearbyRow) => void
  readonly onClose: () => void
}

/** The card a marker tap opens: enough to decide, and the two things to do next. */
export function StationCard({ row, onOpen, onClose }: StationCardProps) {
  return (
    <Card className='station-card'>
      <View className='station-card__head'>
        <Text className='station-card__name'>{row.name}</Text>
        <Text className='station-card__distance'>{row.distanceText}</Text>
      </View>
      <OpeningBadge opening={row.opening} />
      <Text className='station-card__address'>{row.address}</Text>
      <AmenityList amenities={row.amenities} />
      <View className='station-card__actions'>
        <Button icon='station' onClick={() => openNavigation({ location: row.station.location, name: row.name, address: row.address })} spokenLabel={`导航去${row.name}`}>
          导航
        </Button>
        <Button variant='secondary' onClick={() => onOpen(row)} spokenLabel={`查看${row.name}详情`}>
          查看详情
        </Button>
        <Button variant='secondary' icon='close' onClick={onClose} spokenLabel='关闭驿站卡片'>
          关闭
        </Button>
      </View>
    </Card>
  )
}
