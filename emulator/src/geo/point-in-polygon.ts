import type { GeoPolygonShape, GeoRing } from './geo-geometry'
import type { GeoPoint } from './geo-point'
import { isOnSegment, orientation } from './planar-segment'

/** Where a point lies relative to one ring. */
export type RingRelation = 'inside' | 'outside' | 'boundary'

/**
 * Planar ray casting in the lng/lat plane. MongoDB uses geodesic edges; for city-scale polygons the
 * difference is centimetres, and a planar test is what keeps the boundary rule exact and consistent.
 * Crossings are counted with the orientation sign and a half-open latitude rule, so a vertex on the
 * ray is counted once.
 */
export function ringRelation(point: GeoPoint, ring: GeoRing): RingRelation {
  let inside = false
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]
    const b = ring[i + 1]
    if (a === undefined || b === undefined) continue
    if (isOnSegment(point, a, b)) return 'boundary'
    if (a.lat <= point.lat) {
      if (b.lat > point.lat && orientation(a, b, point) > 0) inside = !inside
    } else if (b.lat <= point.lat && orientation(a, b, point) < 0) {
      inside = !inside
    }
  }
  return inside ? 'inside' : 'outside'
}

/**
 * True when the point is in the polygon as a closed set: its interior plus every boundary, the
 * boundaries of holes included (a point on a hole's edge is in the polygon, one strictly inside a
 * hole is not).
 */
export function polygonContains(polygon: GeoPolygonShape, point: GeoPoint): boolean {
  const [exterior, ...holes] = polygon.rings
  const outer = ringRelation(point, exterior)
  if (outer === 'outside') return false
  if (outer === 'boundary') return true
  return holes.every(hole => ringRelation(point, hole) !== 'inside')
}
