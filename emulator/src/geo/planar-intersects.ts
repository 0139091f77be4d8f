import type { GeoGeometry, GeoPolygonShape } from './geo-geometry'
import type { GeoPoint } from './geo-point'
import { isOnSegment, segmentsIntersect } from './planar-segment'
import { polygonContains } from './point-in-polygon'

/** A geometry taken apart into what the intersection test needs. */
interface Parts {
  readonly points: readonly GeoPoint[]
  /** Every polyline: the lines themselves and every polygon ring. */
  readonly paths: readonly (readonly GeoPoint[])[]
  /** Lines and polygons, each represented by one of its vertices (for the containment case). */
  readonly anchors: readonly GeoPoint[]
  readonly polygons: readonly GeoPolygonShape[]
}

function partsOf(geometry: GeoGeometry): Parts {
  switch (geometry.type) {
    case 'Point':
      return { points: [geometry.point], paths: [], anchors: [], polygons: [] }
    case 'MultiPoint':
      return { points: geometry.points, paths: [], anchors: [], polygons: [] }
    case 'LineString':
      return { points: [], paths: [geometry.line], anchors: anchorsOf([geometry.line]), polygons: [] }
    case 'MultiLineString':
      return { points: [], paths: geometry.lines, anchors: anchorsOf(geometry.lines), polygons: [] }
    case 'Polygon':
      return polygonParts([geometry.polygon])
    case 'MultiPolygon':
      return polygonParts(geometry.polygons)
  }
}

function polygonParts(polygons: readonly GeoPolygonShape[]): Parts {
  return {
    points: [],
    paths: polygons.flatMap(polygon => polygon.rings),
    anchors: anchorsOf(polygons.map(polygon => polygon.rings[0])),
    polygons,
  }
}

function anchorsOf(paths: readonly (readonly GeoPoint[])[]): GeoPoint[] {
  return paths.flatMap(path => (path[0] === undefined ? [] : [path[0]]))
}

function pointTouches(point: GeoPoint, parts: Parts): boolean {
  return parts.points.some(other => other.lng === point.lng && other.lat === point.lat) ||
    parts.paths.some(path => pathTouchesPoint(path, point)) ||
    parts.polygons.some(polygon => polygonContains(polygon, point))
}

function pathTouchesPoint(path: readonly GeoPoint[], point: GeoPoint): boolean {
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i]
    const b = path[i + 1]
    if (a !== undefined && b !== undefined && isOnSegment(point, a, b)) return true
  }
  return false
}

function pathsIntersect(first: readonly GeoPoint[], second: readonly GeoPoint[]): boolean {
  for (let i = 0; i + 1 < first.length; i++) {
    const a1 = first[i]
    const a2 = first[i + 1]
    if (a1 === undefined || a2 === undefined) continue
    for (let j = 0; j + 1 < second.length; j++) {
      const b1 = second[j]
      const b2 = second[j + 1]
      if (b1 !== undefined && b2 !== undefined && segmentsIntersect(a1, a2, b1, b2)) return true
    }
  }
  return false
}

/**
 * True when two geometries share at least one point, all of them closed sets in the lng/lat plane.
 * Two such sets meet exactly when a point of one touches the other, two of their edges meet, or
 * (edges apart) one connected line or polygon lies wholly inside a polygon of the other, which one
 * of its vertices then shows.
 */
export function geometriesIntersect(first: GeoGeometry, second: GeoGeometry): boolean {
  const a = partsOf(first)
  const b = partsOf(second)
  return a.points.some(point => pointTouches(point, b)) ||
    b.points.some(point => pointTouches(point, a)) ||
    a.paths.some(path => b.paths.some(other => pathsIntersect(path, other))) ||
    a.polygons.some(polygon => b.anchors.some(anchor => polygonContains(polygon, anchor))) ||
    b.polygons.some(polygon => a.anchors.some(anchor => polygonContains(polygon, anchor)))
}
