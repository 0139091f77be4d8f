import type { LngLat } from '../../../domain/geo/lng-lat'
import type { NearbyRow } from '../model/nearby-view'

/** What both maps draw: the person (or the point searched from), the radius, the listed stations. */
export interface StationMapProps {
  readonly origin: LngLat
  /** True when the origin is where the person stands (not a district centre). */
  readonly measuredFromHere: boolean
  readonly radiusMeters: number
  readonly rows: readonly NearbyRow[]
  readonly selectedId: string | null
  readonly onSelect: (row: NearbyRow) => void
}
