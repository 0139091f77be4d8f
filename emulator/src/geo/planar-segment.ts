import type { GeoPoint } from './geo-point'

/**
 * Twice the signed area of triangle a-b-p in the lng/lat plane: > 0 when p is left of a→b, < 0 when
 * right, 0 when collinear. Every planar predicate in this module derives from this one expression, so
 * "on the boundary", "crosses" and "inside" never disagree about a point.
 */
export function orientation(a: GeoPoint, b: GeoPoint, p: GeoPoint): number {
  return (b.lng - a.lng) * (p.lat - a.lat) - (b.lat - a.lat) * (p.lng - a.lng)
}

function withinSegmentBox(a: GeoPoint, b: GeoPoint, p: GeoPoint): boolean {
  return Math.min(a.lng, b.lng) <= p.lng && p.lng <= Math.max(a.lng, b.lng) &&
    Math.min(a.lat, b.lat) <= p.lat && p.lat <= Math.max(a.lat, b.lat)
}

/** True when p lies on the closed segment a-b. */
export function isOnSegment(p: GeoPoint, a: GeoPoint, b: GeoPoint): boolean {
  return orientation(a, b, p) === 0 && withinSegmentBox(a, b, p)
}

/** True when the closed segments p1-p2 and q1-q2 share at least one point (touching counts). */
export function segmentsIntersect(p1: GeoPoint, p2: GeoPoint, q1: GeoPoint, q2: GeoPoint): boolean {
  const d1 = orientation(q1, q2, p1)
  const d2 = orientation(q1, q2, p2)
  const d3 = orientation(p1, p2, q1)
  const d4 = orientation(p1, p2, q2)
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true
  return (d1 === 0 && withinSegmentBox(q1, q2, p1)) ||
    (d2 === 0 && withinSegmentBox(q1, q2, p2)) ||
    (d3 === 0 && withinSegmentBox(p1, p2, q1)) ||
    (d4 === 0 && withinSegmentBox(p1, p2, q2))
}

/** True when the segments cross at a single point interior to both (no touching, no overlap). */
export function segmentsCrossProperly(p1: GeoPoint, p2: GeoPoint, q1: GeoPoint, q2: GeoPoint): boolean {
  const d1 = orientation(q1, q2, p1)
  const d2 = orientation(q1, q2, p2)
  const d3 = orientation(p1, p2, q1)
  const d4 = orientation(p1, p2, q2)
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
}
