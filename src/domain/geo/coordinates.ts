import gcoord from 'gcoord'
import type { LngLat } from './lng-lat'

/** The coordinate systems imports arrive in: GPS/OpenStreetMap, Tencent/AMap/WeChat, Baidu. */
export type SourceCrs = 'wgs84' | 'gcj02' | 'bd09'

export const SOURCE_CRS: readonly SourceCrs[] = ['wgs84', 'gcj02', 'bd09']

const GCOORD_CRS = {
  wgs84: gcoord.WGS84,
  gcj02: gcoord.GCJ02,
  bd09: gcoord.BD09,
} as const

/** Converts a point to GCJ-02, the datum WeChat's map component and Tencent Maps use. */
export function toGcj02(point: LngLat, from: SourceCrs): LngLat {
  if (from === 'gcj02') return { lng: point.lng, lat: point.lat }
  const [lng, lat] = gcoord.transform<[number, number]>([point.lng, point.lat], GCOORD_CRS[from], gcoord.GCJ02)
  return { lng, lat }
}
