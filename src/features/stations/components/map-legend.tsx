import { Text, View } from '@tarojs/components'
import './station-map.css'

/** What the map's colours and numbers mean, in words under both maps (never colour alone). */
export function MapLegend({ measuredFromHere }: { readonly measuredFromHere: boolean }) {
  return (
    <View className='map-legend'>
      <Text className='map-legend__item'>
        <Text className='map-legend__dot map-legend__dot--open' />
        营业中
      </Text>
      <Text className='map-legend__item'>
        <Text className='map-legend__dot map-legend__dot--closed' />
        休息或暂停
      </Text>
      <Text className='map-legend__item'>
        <Text className='map-legend__dot map-legend__dot--here' />
        {measuredFromHere ? '您在这里' : '查找中心'}
      </Text>
      <Text className='map-legend__item'>数字是列表里的顺序</Text>
    </View>
  )
}
