import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { LEGAL_AID_PAGES } from '../../features/legal-aid/model/legal-aid-pages'
import { TRAINING_PAGES } from '../../features/training/model/training-pages'
import type { IconName } from '../../ui/icon-paths'
import { IconLabel } from '../../ui/icon-label'
import { a11yProps } from '../../ui/a11y-props'
import './service-tiles.css'

interface Tile {
  readonly icon: IconName
  readonly label: string
  readonly description: string
  /** A tab page (switchTab) or a subpackage page (navigateTo). */
  readonly to: { readonly tab: string } | { readonly page: string }
}

const TILES: readonly Tile[] = [
  { icon: 'station', label: '职工驿站', description: '歇脚、喝水、热饭、充电', to: { tab: '/pages/stations/index' } },
  { icon: 'legal', label: '法律援助', description: '讨薪、工伤，免费找律师', to: { page: LEGAL_AID_PAGES.book } },
  { icon: 'training', label: '技能培训', description: '免费培训和技能竞赛，报名、候补', to: { page: TRAINING_PAGES.courses } },
  { icon: 'me', label: '我的', description: '设置、隐私与数据', to: { tab: '/pages/me/index' } },
]

function open(tile: Tile): void {
  if ('tab' in tile.to) void Taro.switchTab({ url: tile.to.tab })
  else void Taro.navigateTo({ url: tile.to.page })
}

/** One row of tiles to each service, icon and name, above the news (the words for screen readers say more). */
export function ServiceTiles() {
  return (
    <View className='service-tiles' {...a11yProps({ role: 'navigation', label: '我要办事' })}>
      {TILES.map(tile => (
        <View
          key={tile.label}
          className='service-tiles__tile'
          hoverClass='service-tiles__tile--pressed'
          onClick={() => open(tile)}
          {...a11yProps({ role: 'button', label: `${tile.label}，${tile.description}` })}
        >
          <IconLabel icon={tile.icon} label={tile.label} size='lg' layout='stacked' className='service-tiles__label' />
        </View>
      ))}
    </View>
  )
}
