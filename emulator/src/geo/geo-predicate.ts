import { distanceMeters } from './distance'
import type { GeoGeometry } from './geo-geometry'
import type { GeoPoint } from './geo-point'
import { regionContains, type GeoRegion } from './geo-region'
import { readGeometryValue } from './parse-geojson'
import { geometriesIntersect } from './planar-intersects'

/** A parsed geo query operator on one field. */
export type GeoPredicate =
  /** `$nearSphere`/`$near`: within [minDistanceMeters, maxDistanceMeters] (inclusive), results ordered by distance. */
  | {
    readonly kind: 'near'
    readonly operator: '$nearSphere' | '$near'
    readonly center: GeoPoint
    readonly minDistanceMeters: number
    /** Infinity when the query set no `$maxDistance`. */
    readonly maxDistanceMeters: number
  }
  /** `$geoWithin`: the field's point(s) lie inside the region. */
  | { readonly kind: 'within'; readonly region: GeoRegion }
  /** `$geoIntersects`: the field's geometry shares a point with this geometry. */
  | { readonly kind: 'intersects'; readonly geometry: GeoGeometry }

function pointsOf(geometry: GeoGeometry): readonly GeoPoint[] | null {
  if (geometry.type === 'Point') return [geometry.point]
  if (geometry.type === 'MultiPoint') return geometry.points
  return null
}

/**
 * Tests one document field value against a predicate. Points (GeoJSON or legacy pairs) are exact for
 * every operator. `$geoWithin` also matches a MultiPoint whose points are all inside; `$geoIntersects`
 * accepts every GeoJSON type on both sides (planar lng/lat edges). Anything else, including a missing
 * field or a line or polygon under `$near`/`$geoWithin`, does not match. Ordering `$near` results is
 * the caller's job (SphericalPointIndex.nearest).
 */
export function matchesGeoPredicate(predicate: GeoPredicate, fieldValue: unknown): boolean {
  const geometry = readGeometryValue(fieldValue)
  if (geometry === null) return false
  switch (predicate.kind) {
    case 'near': {
      if (geometry.type !== 'Point') return false
      const distance = distanceMeters(predicate.center, geometry.point)
      return distance >= predicate.minDistanceMeters && distance <= predicate.maxDistanceMeters
    }
    case 'within': {
      const points = pointsOf(geometry)
      return points !== null && points.every(point => regionContains(predicate.region, point))
    }
    case 'intersects':
      return geometriesIntersect(geometry, predicate.geometry)
  }
}
