import type { GeoPoint } from './geo-point'

/** An axis-aligned box in the lng/lat plane, in degrees (never wrapping across ±180°). */
export interface LngLatBounds {
  readonly minLng: number
  readonly maxLng: number
  readonly minLat: number
  readonly maxLat: number
}

/** An axis-aligned box in 3D space. */
export interface Box3 {
  readonly minX: number
  readonly maxX: number
  readonly minY: number
  readonly maxY: number
  readonly minZ: number
  readonly maxZ: number
}

const RADIANS_PER_DEGREE = Math.PI / 180

/** Covers the float error between these bounds and the unit vectors `toUnitVector` computes. */
const BOX_SLACK = 1e-12

/** The smallest lng/lat box around some positions. */
export function boundsOf(positions: readonly GeoPoint[]): LngLatBounds {
  let minLng = Infinity
  let maxLng = -Infinity
  let minLat = Infinity
  let maxLat = -Infinity
  for (const { lng, lat } of positions) {
    minLng = Math.min(minLng, lng)
    maxLng = Math.max(maxLng, lng)
    minLat = Math.min(minLat, lat)
    maxLat = Math.max(maxLat, lat)
  }
  return { minLng, maxLng, minLat, maxLat }
}

/** True when the point is inside the closed box. */
export function boundsContain(bounds: LngLatBounds, point: GeoPoint): boolean {
  return point.lng >= bounds.minLng && point.lng <= bounds.maxLng && point.lat >= bounds.minLat && point.lat <= bounds.maxLat
}

function rangeOf(values: readonly number[]): readonly [number, number] {
  return [Math.min(...values), Math.max(...values)]
}

function productRange([a0, a1]: readonly [number, number], [b0, b1]: readonly [number, number]): readonly [number, number] {
  return rangeOf([a0 * b0, a0 * b1, a1 * b0, a1 * b1])
}

/**
 * A 3D box holding the unit vector of every point in the lng/lat box: each coordinate's range is
 * taken from the corners plus the interior angles where cos or sin peaks (0°, ±90°, ±180°).
 */
export function unitSphereBoxOf(bounds: LngLatBounds): Box3 {
  const contains = (low: number, high: number, angle: number): boolean => low <= angle && angle <= high
  const lat0 = bounds.minLat * RADIANS_PER_DEGREE
  const lat1 = bounds.maxLat * RADIANS_PER_DEGREE
  const lng0 = bounds.minLng * RADIANS_PER_DEGREE
  const lng1 = bounds.maxLng * RADIANS_PER_DEGREE
  const cosLat = rangeOf([Math.cos(lat0), Math.cos(lat1), ...(contains(bounds.minLat, bounds.maxLat, 0) ? [1] : [])])
  const cosLng = rangeOf([
    Math.cos(lng0), Math.cos(lng1),
    ...(contains(bounds.minLng, bounds.maxLng, 0) ? [1] : []),
    ...(contains(bounds.minLng, bounds.maxLng, 180) || contains(bounds.minLng, bounds.maxLng, -180) ? [-1] : []),
  ])
  const sinLng = rangeOf([
    Math.sin(lng0), Math.sin(lng1),
    ...(contains(bounds.minLng, bounds.maxLng, 90) ? [1] : []),
    ...(contains(bounds.minLng, bounds.maxLng, -90) ? [-1] : []),
  ])
  const [minX, maxX] = productRange(cosLat, cosLng)
  const [minY, maxY] = productRange(cosLat, sinLng)
  return {
    minX: minX - BOX_SLACK,
    maxX: maxX + BOX_SLACK,
    minY: minY - BOX_SLACK,
    maxY: maxY + BOX_SLACK,
    minZ: Math.sin(lat0) - BOX_SLACK,
    maxZ: Math.sin(lat1) + BOX_SLACK,
  }
}
