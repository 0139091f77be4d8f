import { distanceMeters } from './distance'
import type { GeoPolygonShape } from './geo-geometry'
import type { GeoPoint } from './geo-point'
import { polygonContains } from './point-in-polygon'

/**
 * A region points can be inside: a spherical cap (`$centerSphere`, radius converted to metres on
 * MongoDB's sphere; the boundary is inside) or the union of closed polygons (`Polygon` gives one,
 * `MultiPolygon` several), tested in the lng/lat plane.
 */
export type GeoRegion =
  | { readonly type: 'circle'; readonly center: GeoPoint; readonly radiusMeters: number }
  | { readonly type: 'polygons'; readonly polygons: readonly GeoPolygonShape[] }

/** True when the point is inside the region, boundary included. */
export function regionContains(region: GeoRegion, point: GeoPoint): boolean {
  return region.type === 'circle'
    ? distanceMeters(region.center, point) <= region.radiusMeters
    : region.polygons.some(polygon => polygonContains(polygon, point))
}
