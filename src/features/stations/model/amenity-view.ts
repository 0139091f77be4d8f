import { findAmenity, type AmenityCatalogue } from '../../../domain/stations/amenities'

/** One amenity as a station shows it: its icon and its word. */
export interface AmenityView {
  readonly key: string
  readonly label: string
  readonly icon: string
  readonly description: string
}

/**
 * A station's amenities in the catalogue's order, with their words. Keys the catalogue no longer
 * has are left out rather than shown as codes.
 */
export function amenityViews(keys: readonly string[], catalogue: AmenityCatalogue): AmenityView[] {
  const offered = new Set(keys)
  return catalogue
    .filter(amenity => offered.has(amenity.key))
    .map(amenity => ({ key: amenity.key, label: amenity.label, icon: amenity.icon, description: amenity.description }))
}

/** The word for one amenity key, or the key itself when the catalogue does not know it. */
export function amenityLabel(key: string, catalogue: AmenityCatalogue): string {
  return findAmenity(catalogue, key)?.label ?? key
}
