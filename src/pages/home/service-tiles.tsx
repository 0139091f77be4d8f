import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { IconName } from '../../ui/icon-paths'
import { IconLabel } from '../../ui/icon-label'
import { a11yProps } from '../../ui/a11y-props'
import './service-tiles.css'

interface Tile {
  readonly icon: IconName
  readonly label: string
  readonly description: string
  readonly tab: string
}

const TILES: readonly Tile[] = [
  { icon: 'station', label: '职工驿站', description: '歇脚、喝水、热饭、充电', tab: '/pages/stations/index' },
  { icon: 'legal', label: '法律援助', description: '讨薪、工伤，免费找律师', tab: '/pages/services/index' },
  { icon: 'training', label: '技能培训', description: '免费学技术', tab: '/pages/services/index' },
  { icon: 'me', label: '我的', description: '设置、隐私与数据', tab: '/pages/me/index' },
]

/** One row of tiles to each service, icon and name, above the news (the words for screen readers say more). */
export function ServiceTiles() {
  return (
    <View className='service-tiles' {...a11yProps({ role: 'navigation', label: '我要办事' })}>
      {TILES.map(tile => (
        <View
          key={tile.label}
          className='service-tiles__tile'
          hoverClass='service-tiles__tile--pressed'
          onClick={() => void Taro.switchTab({ url: tile.tab })}
          {...a11yProps({ role: 'button', label: `${tile.label}，${tile.description}` })}
        >
          <IconLabel icon={tile.icon} label={tile.label} size='lg' layout='stacked' className='service-tiles__label' />
        </View>
      ))}
    </View>
  )
}
