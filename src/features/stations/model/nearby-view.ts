import type { StationSummary } from '../../../domain/contracts/stations'
import { formatDistance } from '../../../domain/geo/format-distance'
import type { AmenityCatalogue } from '../../../domain/stations/amenities'
import type { OpeningStatus } from '../../../domain/stations/opening-hours'
import { amenityViews, type AmenityView } from './amenity-view'
import { openingView, type OpeningView } from './opening-view'

/** How many stations the 驿站 tab lists: more is scrolling past places nobody will walk to. */
export const LIST_LIMIT = 50

/** One row of the nearby list. */
export interface NearbyRow {
  readonly id: string
  readonly name: string
  readonly address: string
  readonly distanceMeters: number
  /** `350 米`, `1.2 公里`. */
  readonly distanceText: string
  readonly opening: OpeningView
  readonly amenities: readonly AmenityView[]
  readonly standard: string | null
  readonly station: StationSummary
  /** What a screen reader says for the whole row. */
  readonly spoken: string
}

/** A station with its distance and opening status, from the server or ranked on the phone. */
export interface RankedStation {
  readonly station: StationSummary
  readonly distanceMeters: number
  readonly opening: OpeningStatus
}

/** The rows the list and the map draw. */
export function nearbyRows(ranked: readonly RankedStation[], catalogue: AmenityCatalogue): NearbyRow[] {
  return ranked.map(({ station, distanceMeters, opening }) => {
    const distanceText = formatDistance(distanceMeters)
    const view = openingView(opening)
    const amenities = amenityViews(station.amenities, catalogue)
    return {
      id: station.id,
      name: station.name,
      address: station.address,
      distanceMeters,
      distanceText,
      opening: view,
      amenities,
      standard: station.standard,
      station,
      spoken: [station.name, `距离${distanceText}`, view.label, view.detail, amenities.length > 0 ? `有${amenities.map(item => item.label).join('、')}` : null]
        .filter((part): part is string => part !== null)
        .join('，'),
    }
  })
}
