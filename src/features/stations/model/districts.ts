import type { LngLat } from '../../../domain/geo/lng-lat'

/** A place to search from when the phone cannot say where the person is. */
export interface District {
  readonly name: string
  /** GCJ-02, the district's centre (its government seat). */
  readonly centre: LngLat
}

/** 荆州 city centre (GCJ-02): where the search starts when nothing better is known. */
export const CITY_CENTRE: District = { name: '荆州市中心', centre: { lng: 112.2397, lat: 30.3269 } }

/** Jingzhou's districts and counties, the central ones first (where most stations are). */
export const JINGZHOU_DISTRICTS: readonly District[] = [
  { name: '沙市区', centre: { lng: 112.2553, lat: 30.3112 } },
  { name: '荆州区', centre: { lng: 112.1904, lat: 30.3527 } },
  { name: '荆州开发区', centre: { lng: 112.3172, lat: 30.3022 } },
  { name: '江陵县', centre: { lng: 112.4247, lat: 30.0419 } },
  { name: '公安县', centre: { lng: 112.2297, lat: 30.0585 } },
  { name: '松滋市', centre: { lng: 111.7677, lat: 30.1697 } },
  { name: '石首市', centre: { lng: 112.4254, lat: 29.7211 } },
  { name: '监利市', centre: { lng: 112.9046, lat: 29.8404 } },
  { name: '洪湖市', centre: { lng: 113.4762, lat: 29.8266 } },
]
