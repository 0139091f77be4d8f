import type { LngLat } from '../domain/geo/lng-lat'

/** Where the person is (GCJ-02), or why the phone could not say. */
export type LocationFix =
  | { readonly ok: true; readonly point: LngLat; readonly accuracyMeters: number | null }
  /** `denied`: the person or the system refused; `unavailable`: no fix (GPS off, indoors, too slow). */
  | { readonly ok: false; readonly reason: 'denied' | 'unavailable' }

/** A place to navigate to. */
export interface NavigationTarget {
  /** GCJ-02. */
  readonly location: LngLat
  readonly name: string
  readonly address: string
}
