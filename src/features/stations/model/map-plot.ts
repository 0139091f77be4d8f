import { formatDistance } from '../../../domain/geo/format-distance'
import type { LngLat } from '../../../domain/geo/lng-lat'
import { NEARBY_RADII } from '../../../domain/stations/nearby-query'
import type { NearbyRow } from './nearby-view'

/** One station on the offline map. */
export interface PlottedMarker {
  readonly id: string
  /** 1 for the nearest: the same number the list shows. */
  readonly rank: number
  readonly x: number
  readonly y: number
  readonly name: string
  readonly distanceText: string
  readonly greyed: boolean
  /** 营业中, 休息中…: for the marker's spoken name. */
  readonly openingLabel: string
}

export interface MapPlot {
  readonly size: number
  readonly rings: readonly { readonly r: number; readonly label: string }[]
  readonly markers: readonly PlottedMarker[]
}

const METERS_PER_DEGREE = 111_195
const MARGIN = 16
/** More markers than this make a small screen unreadable; the list holds the rest. */
export const MAP_MARKER_LIMIT = 20

/**
 * The stations around the person on a square of `size`, the person at the centre and the search
 * radius at the edge, with rings at the radii a person can choose (500 米, 1 公里, 3 公里…). A local
 * flat projection: over a few kilometres the earth's curve is far below a pixel.
 */
export function plotStations(rows: readonly NearbyRow[], origin: LngLat, radiusMeters: number, size = 320): MapPlot {
  const half = size / 2
  const scale = (half - MARGIN) / radiusMeters
  const cosLat = Math.cos((origin.lat * Math.PI) / 180)
  const rings = NEARBY_RADII.filter(radius => radius <= radiusMeters).map(radius => ({ r: radius * scale, label: formatDistance(radius) }))
  const markers = rows.slice(0, MAP_MARKER_LIMIT).map((row, index) => {
    const east = (row.station.location.lng - origin.lng) * METERS_PER_DEGREE * cosLat
    const north = (row.station.location.lat - origin.lat) * METERS_PER_DEGREE
    return {
      id: row.id,
      rank: index + 1,
      x: half + east * scale,
      y: half - north * scale,
      name: row.name,
      distanceText: row.distanceText,
      greyed: row.opening.greyed,
      openingLabel: row.opening.label,
    }
  })
  return { size, rings, markers }
}
