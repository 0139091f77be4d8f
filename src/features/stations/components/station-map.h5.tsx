import { Text, View } from '@tarojs/components'
import type { KeyboardEvent } from 'react'
import { useTextScale } from '../../../ui/text-scale'
import { plotStations } from '../model/map-plot'
import { spreadMarkers } from '../model/map-spread'
import type { NearbyRow } from '../model/nearby-view'
import { MapLegend } from './map-legend'
import type { StationMapProps } from './station-map-props'
import './station-map.css'

const PRIMARY = '#a50f1a'
const NEUTRAL = '#6b6b6b'
/** The square's side in drawing units: drawn 288 px wide or more (a 320-wide phone), a unit is never under a pixel. */
const SIZE = 280
/** A finger's width: every marker's target is this wide, and no two targets overlap. */
const TARGET = 44

/**
 * H5: an offline map of its own, since Taro's map loads a remote script. An SVG with the person at
 * the centre, rings at 500 米 / 1 公里 / 3 公里 up to the search radius, and each station a numbered
 * button (the number the list shows) at least a finger wide; stations too close to tell apart are
 * fanned out with a line to their true place. No names on the map (they covered the markers): a
 * tap shows the station's card, as a pin tap does on weapp. Everything grows with the text size,
 * and a legend says what the colours mean. Nothing is fetched: no tiles, no fonts.
 */
export function StationMap({ origin, measuredFromHere, radiusMeters, rows, selectedId, onSelect }: StationMapProps) {
  const scale = useTextScale()
  const plot = plotStations(rows, origin, radiusMeters, SIZE)
  const target = TARGET * scale
  const markers = spreadMarkers(plot.markers, target, SIZE)
  const centre = SIZE / 2
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
  const font = 13 * scale
  return (
    <View className='station-map station-map--offline'>
      <svg className='station-map__svg' viewBox={`0 0 ${SIZE} ${SIZE}`} role='group' aria-label='附近驿站示意图'>
        {plot.rings.map(ring => (
          <g key={ring.label} aria-hidden='true'>
            <circle cx={centre} cy={centre} r={ring.r} fill='none' stroke='#b9a98a' strokeWidth={1} strokeDasharray='4 4' />
            <text x={centre + 4} y={centre - ring.r + font} fontSize={font * 0.9} fill='#5c4f36'>
              {ring.label}
            </text>
          </g>
        ))}
        <g aria-hidden='true'>
          <circle cx={centre} cy={centre} r={7 * scale} fill='#0b4f9c' stroke='#ffffff' strokeWidth={3} />
        </g>
        {[...markers].reverse().map(marker => {
          const selected = marker.id === selectedId
          const colour = marker.greyed ? NEUTRAL : PRIMARY
          const moved = marker.x !== marker.anchorX || marker.y !== marker.anchorY
          return (
            <g
              key={marker.id}
              className='station-map__marker'
              role='button'
              tabIndex={0}
              aria-label={`${marker.rank}. ${marker.name}，${marker.distanceText}，${marker.openingLabel}`}
              aria-pressed={selected}
              onClick={() => select(marker.id)}
              onKeyDown={onKey(marker.id)}
            >
              {moved ? <line x1={marker.anchorX} y1={marker.anchorY} x2={marker.x} y2={marker.y} stroke={colour} strokeWidth={1.5} /> : null}
              {moved ? <circle cx={marker.anchorX} cy={marker.anchorY} r={3} fill={colour} /> : null}
              <circle className='station-map__target' cx={marker.x} cy={marker.y} r={target / 2} fill='transparent' />
              <circle cx={marker.x} cy={marker.y} r={(selected ? 0.42 : 0.34) * target} fill={colour} stroke='#ffffff' strokeWidth={selected ? 4 : 2} />
              <text x={marker.x} y={marker.y + font * 0.36} fontSize={font} fontWeight={700} fill='#ffffff' textAnchor='middle'>
                {marker.rank}
              </text>
            </g>
          )
        })}
      </svg>
      {markers.length < plot.markers.length ? <Text className='station-map__note'>{`图上是最近的 ${markers.length} 个，其余请看列表`}</Text> : null}
      <MapLegend measuredFromHere={measuredFromHere} />
    </View>
  )
}
