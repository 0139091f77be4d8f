import type { LngLat } from '../../../domain/geo/lng-lat'

/** Where the stations pages live (subpackages), and how to address them. */
export const STATION_PAGES = {
  detail: (stationId: string, from: LngLat | null) =>
    `/packages/stations/detail/index?id=${encodeURIComponent(stationId)}${from === null ? '' : `&from=${from.lng.toFixed(6)},${from.lat.toFixed(6)}`}`,
  report: (stationId: string) => `/packages/stations/report/index?id=${encodeURIComponent(stationId)}`,
  myReports: '/packages/stations/my-reports/index',
  manage: '/packages/staff/stations-manage/index',
  edit: (stationId: string | null) => `/packages/staff/stations-edit/index${stationId === null ? '' : `?id=${encodeURIComponent(stationId)}`}`,
  reports: '/packages/staff/stations-reports/index',
  review: (reportId: string) => `/packages/staff/stations-review/index?id=${encodeURIComponent(reportId)}`,
} as const

/** Reads a `from=lng,lat` route parameter (GCJ-02); null when absent or malformed. */
export function readFromParam(value: string | undefined): LngLat | null {
  const match = value === undefined ? null : /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(decodeURIComponent(value))
  if (match === null) return null
  const point = { lng: Number(match[1]), lat: Number(match[2]) }
  return Number.isFinite(point.lng) && Number.isFinite(point.lat) ? point : null
}
