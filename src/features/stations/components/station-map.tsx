import { Map as TaroMap, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MapProps } from '@tarojs/components/types/Map'
import { NEARBY_RADII } from '../../../domain/stations/nearby-query'
import { MAP_MARKER_LIMIT } from '../model/map-plot'
import { MapLegend } from './map-legend'
import type { StationMapProps } from './station-map-props'
import './station-map.css'

/** WeChat's zoom levels that fit each search radius on a phone screen. */
const SCALE_BY_RADIUS: Readonly<Record<number, number>> = { 500: 16, 1000: 15, 3000: 13, 5000: 12, 10000: 11 }

/** The app's own station pins (the tab-bar icons, already in the main package): red open, grey closed. */
const OPEN_PIN = '/assets/tab-bar/stations-active.png'
const CLOSED_PIN = '/assets/tab-bar/stations.png'

/**
 * weapp: WeChat's map with the stations as pins (numbered in their callouts like the list), rings
 * at 500 米 / 1 公里 / 3 公里 and the person's own position, with the same legend as H5. Tapping a pin shows its card.
 */
export function StationMap({ origin, measuredFromHere, radiusMeters, rows, selectedId, onSelect }: StationMapProps) {
  const [failed, setFailed] = useState(false)
  const shown = rows.slice(0, MAP_MARKER_LIMIT)
  const markers: MapProps.marker[] = shown.map((row, index) => ({
    id: index,
    latitude: row.station.location.lat,
    longitude: row.station.location.lng,
    iconPath: row.opening.greyed ? CLOSED_PIN : OPEN_PIN,
    width: 32,
    height: 32,
    alpha: row.opening.greyed ? 0.7 : 1,
    ariaLabel: `${index + 1}. ${row.spoken}`,
    callout: {
      content: `${index + 1}. ${row.name}\n${row.distanceText} · ${row.opening.label}`,
      color: '#1a1a1a',
      fontSize: 15,
      anchorX: 0,
      anchorY: 0,
      borderRadius: 8,
      borderWidth: 1,
      borderColor: row.opening.greyed ? '#8a8a8a' : '#a50f1a',
      bgColor: '#ffffff',
      padding: 8,
      display: row.id === selectedId ? 'ALWAYS' : 'BYCLICK',
      textAlign: 'left',
    },
  }))
  const circles: MapProps.circle[] = NEARBY_RADII.filter(radius => radius <= radiusMeters).map(radius => ({
    latitude: origin.lat,
    longitude: origin.lng,
    radius,
    color: '#a50f1a88',
    fillColor: '#a50f1a0d',
    strokeWidth: 1,
  }))
  if (failed) return <Text className='station-map__note'>地图暂时显示不了，请看下面的列表</Text>
  return (
    <View>
    <TaroMap
      className='station-map'
      longitude={origin.lng}
      latitude={origin.lat}
      scale={SCALE_BY_RADIUS[radiusMeters] ?? 14}
      markers={markers}
      circles={circles}
      showLocation={measuredFromHere}
      onMarkerTap={event => {
        const row = shown[Number(event.detail.markerId)]
        if (row !== undefined) onSelect(row)
      }}
      onCalloutTap={event => {
        const row = shown[Number(event.detail.markerId)]
        if (row !== undefined) onSelect(row)
      }}
      onError={() => setFailed(true)}
    />
    <MapLegend measuredFromHere={measuredFromHere} />
    </View>
  )
}
