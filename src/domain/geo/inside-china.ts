import { CHINA_OUTLINE } from './china-outline'
import type { LngLat } from './lng-lat'

interface Ring {
  readonly coords: readonly number[]
  readonly minLng: number
  readonly maxLng: number
  readonly minLat: number
  readonly maxLat: number
}

function toRing(coords: readonly number[]): Ring {
  let minLng = Infinity
  let maxLng = -Infinity
  let minLat = Infinity
  let maxLat = -Infinity
  for (let i = 0; i + 1 < coords.length; i += 2) {
    const lng = coords[i] ?? 0
    const lat = coords[i + 1] ?? 0
    minLng = Math.min(minLng, lng)
    maxLng = Math.max(maxLng, lng)
    minLat = Math.min(minLat, lat)
    maxLat = Math.max(maxLat, lat)
  }
  return { coords, minLng, maxLng, minLat, maxLat }
}

const RINGS: readonly Ring[] = CHINA_OUTLINE.map(toRing)

function insideRing(ring: Ring, lng: number, lat: number): boolean {
  if (lng < ring.minLng || lng > ring.maxLng || lat < ring.minLat || lat > ring.maxLat) return false
  const { coords } = ring
  const pointCount = Math.floor(coords.length / 2)
  let inside = false
  // Even-odd ray casting: count edges crossed by a ray running east from the point.
  for (let i = 0, j = pointCount - 1; i < pointCount; j = i++) {
    const xi = coords[2 * i] ?? 0
    const yi = coords[2 * i + 1] ?? 0
    const xj = coords[2 * j] ?? 0
    const yj = coords[2 * j + 1] ?? 0
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/**
 * True when a point lies in China (mainland, Hainan, Hong Kong, Macao, Taiwan, coastal islands
 * and Xisha), to within the outline's precision: see {@link CHINA_OUTLINE}. It catches swapped
 * or zeroed coordinates and points in another country, not which side of a border river a
 * point is on.
 */
export function isInsideChina(point: LngLat): boolean {
  if (!Number.isFinite(point.lng) || !Number.isFinite(point.lat)) return false
  return RINGS.some((ring) => insideRing(ring, point.lng, point.lat))
}
