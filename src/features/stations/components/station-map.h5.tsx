import { Text, View } from '@tarojs/components'
import type { KeyboardEvent } from 'react'
import { plotStations } from '../model/map-plot'
import type { NearbyRow } from '../model/nearby-view'
import type { StationMapProps } from './station-map-props'
import './station-map.css'

const PRIMARY = '#a50f1a'
const NEUTRAL = '#6b6b6b'
const LABEL_CHARS = 9

function shortName(name: string): string {
  return name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS)}…` : name
}

/**
 * H5: an offline map of its own, since Taro's map loads a remote script. An SVG with the person at
 * the centre, rings at 500 米 / 1 公里 / 3 公里 up to the search radius, and each station a numbered
 * button (its name and distance beside the nearest few); tapping one shows the same card as a pin
 * tap on weapp. Nothing is fetched: no tiles, no fonts.
 */
export function StationMap({ origin, measuredFromHere, radiusMeters, rows, selectedId, onSelect }: StationMapProps) {
  const plot = plotStations(rows, origin, radiusMeters)
  const centre = plot.size / 2
  const byId = new Map<string, NearbyRow>(rows.map(row => [row.id, row]))
  const select = (id: string) => {
    const row = byId.get(id)
    if (row !== undefined) onSelect(row)
  }
  const onKey = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      select(id)
    }
  }
  return (
    <View className='station-map station-map--offline'>
      <svg className='station-map__svg' viewBox={`0 0 ${plot.size} ${plot.size}`} role='group' aria-label='附近驿站示意图'>
        {plot.rings.map(ring => (
          <g key={ring.label} aria-hidden='true'>
            <circle cx={centre} cy={centre} r={ring.r} fill='none' stroke='#b9a98a' strokeWidth={1} strokeDasharray='4 4' />
            <text x={centre + 4} y={centre - ring.r + 14} fontSize={12} fill='#5c4f36'>
              {ring.label}
            </text>
          </g>
        ))}
        <g aria-hidden='true'>
          <circle cx={centre} cy={centre} r={7} fill='#0b4f9c' stroke='#ffffff' strokeWidth={3} />
          <text x={centre + 10} y={centre + 18} fontSize={13} fontWeight={700} fill='#0b4f9c'>
            {measuredFromHere ? '您在这里' : '查找中心'}
          </text>
        </g>
        {[...plot.markers].reverse().map(marker => {
          const selected = marker.id === selectedId
          const colour = marker.greyed ? NEUTRAL : PRIMARY
          return (
            <g
              key={marker.id}
              className='station-map__marker'
              role='button'
              tabIndex={0}
              aria-label={`${marker.rank}. ${marker.name}，${marker.distanceText}${marker.greyed ? '，已关闭' : ''}`}
              aria-pressed={selected}
              onClick={() => select(marker.id)}
              onKeyDown={onKey(marker.id)}
            >
              <circle cx={marker.x} cy={marker.y} r={selected ? 15 : 12} fill={colour} stroke='#ffffff' strokeWidth={selected ? 4 : 2} />
              <text x={marker.x} y={marker.y + 5} fontSize={13} fontWeight={700} fill='#ffffff' textAnchor='middle'>
                {marker.rank}
              </text>
              {marker.showLabel || selected ? (
                <text x={marker.x + 16} y={marker.y + 5} fontSize={12} fill={colour} stroke='#ffffff' strokeWidth={3} paintOrder='stroke'>
                  {`${shortName(marker.name)} ${marker.distanceText}`}
                </text>
              ) : null}
            </g>
          )
        })}
      </svg>
      <Text className='station-map__note'>示意图，不是地图：虚线圈是距离范围，点数字看驿站</Text>
    </View>
  )
}
