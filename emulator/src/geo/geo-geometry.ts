import type { GeoPoint } from './geo-point'

/** A closed ring of a polygon: at least four positions, the last equal to the first. */
export type GeoRing = readonly GeoPoint[]

/** A polygon: `rings[0]` is the exterior ring, any further rings are holes inside it. */
export interface GeoPolygonShape {
  readonly rings: readonly [GeoRing, ...GeoRing[]]
}

/** A validated GeoJSON geometry (GeometryCollection is not supported). */
export type GeoGeometry =
  | { readonly type: 'Point'; readonly point: GeoPoint }
  | { readonly type: 'MultiPoint'; readonly points: readonly GeoPoint[] }
  | { readonly type: 'LineString'; readonly line: readonly GeoPoint[] }
  | { readonly type: 'MultiLineString'; readonly lines: readonly (readonly GeoPoint[])[] }
  | { readonly type: 'Polygon'; readonly polygon: GeoPolygonShape }
  | { readonly type: 'MultiPolygon'; readonly polygons: readonly GeoPolygonShape[] }
