import { Text, View } from '@tarojs/components'
import type { AmenityView } from '../model/amenity-view'
import { AmenityIcon } from './amenity-icon'
import './amenity-list.css'

export interface AmenityListProps {
  readonly amenities: readonly AmenityView[]
  /** `compact`: icon and word in a row (lists); `grid`: large tiles with their descriptions (station page). */
  readonly layout?: 'compact' | 'grid'
}

/** What a station offers, each as an icon with its word. */
export function AmenityList({ amenities, layout = 'compact' }: AmenityListProps) {
  if (amenities.length === 0) return null
  return (
    <View className={`station-amenities station-amenities--${layout}`}>
      {amenities.map(amenity => (
        <View key={amenity.key} className='station-amenities__item'>
          <AmenityIcon icon={amenity.icon} size={layout === 'grid' ? 'lg' : 'md'} />
          <View className='station-amenities__text'>
            <Text className='station-amenities__label'>{amenity.label}</Text>
            {layout === 'grid' && amenity.description !== '' ? <Text className='station-amenities__description'>{amenity.description}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
