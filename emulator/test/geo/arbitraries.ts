import * as fc from 'fast-check'
import type { GeoPoint } from '../../src/geo/geo-point'

/** Doubles in a closed range, never NaN. */
export function between(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
}

/** Anywhere on Earth, with extra weight on the places a lng/lat index gets wrong: the antimeridian and the poles. */
export const anyPoint: fc.Arbitrary<GeoPoint> = fc.oneof(
  fc.record({ lng: between(-180, 180), lat: between(-90, 90) }),
  fc.record({ lng: fc.oneof(between(178, 180), between(-180, -178)), lat: between(-60, 60) }),
  fc.record({ lng: between(-180, 180), lat: fc.oneof(between(84, 90), between(-90, -84)) }),
  fc.record({ lng: between(116, 117), lat: between(39.5, 40.5) }),
  fc.constantFrom<GeoPoint>({ lng: 180, lat: 0 }, { lng: -180, lat: 0 }, { lng: 0, lat: 90 }, { lng: 45, lat: -90 }),
)

/** A centre near where `anyPoint` puts its clusters, so searches have neighbours at every scale. */
export const anyCenter: fc.Arbitrary<GeoPoint> = anyPoint

/** Where a dense cluster sits: anywhere, or straddling the antimeridian, or at a pole. */
const clusterSite: fc.Arbitrary<GeoPoint> = fc.oneof(
  fc.record({ lng: between(-179.9, 179.9), lat: between(-89.9, 89.9) }),
  fc.constantFrom<GeoPoint>({ lng: 180, lat: 45 }, { lng: -180, lat: -12 }, { lng: 0, lat: 90 }, { lng: 100, lat: -90 }),
)

function wrapLng(lng: number): number {
  return lng > 180 ? lng - 360 : lng < -180 ? lng + 360 : lng
}

/**
 * A city-like cluster: up to 1,500 points within about ±size degrees of a site (wrapping across the
 * antimeridian, clamped at the poles), so the index grows many levels and a search crosses many
 * cells; and a centre inside it.
 */
export const denseCluster: fc.Arbitrary<{ entries: [string, GeoPoint][]; center: GeoPoint }> = fc
  .record({ site: clusterSite, size: fc.constantFrom(0.0005, 0.01, 0.1), count: fc.integer({ min: 50, max: 1_500 }) })
  .chain(({ site, size, count }) => {
    const offset = fc.record({ dLng: between(-size, size), dLat: between(-size, size) })
    const place = ({ dLng, dLat }: { dLng: number; dLat: number }): GeoPoint => ({
      lng: wrapLng(site.lng + dLng),
      lat: Math.max(-90, Math.min(90, site.lat + dLat)),
    })
    return fc.record({
      entries: fc.array(offset, { minLength: count, maxLength: count }).map(offsets => offsets.map((o, i): [string, GeoPoint] => [`c${i}`, place(o)])),
      center: offset.map(place),
    })
  })

/** Points with unique ids; some ids share a location, as stations in one building do. */
export const idsAndPoints: fc.Arbitrary<[string, GeoPoint][]> = fc
  .array(fc.tuple(anyPoint, fc.nat({ max: 3 })), { maxLength: 300 })
  .map(items => items.flatMap(([point, copies], i) =>
    Array.from({ length: copies === 3 ? 3 : 1 }, (_, copy): [string, GeoPoint] => [`p${i}-${copy}`, point])))

/** Parameters of a star-shaped polygon (simple by construction), optionally with a hole around its centre. */
export interface StarPolygonSpec {
  readonly center: GeoPoint
  readonly radius: number
  readonly rotation: number
  readonly outer: readonly number[]
  readonly hole: readonly number[] | null
}

export const starPolygonSpec: fc.Arbitrary<StarPolygonSpec> = fc.record({
  center: fc.record({ lng: between(-170, 170), lat: between(-80, 80) }),
  radius: between(0.001, 8),
  rotation: between(0, 2 * Math.PI),
  outer: fc.array(between(0.5, 1), { minLength: 3, maxLength: 12 }),
  hole: fc.option(fc.array(between(0.1, 1), { minLength: 3, maxLength: 8 }), { nil: null }),
})

function starRing(center: GeoPoint, rotation: number, radii: readonly number[]): number[][] {
  const ring = radii.map((radius, i) => {
    const angle = rotation + (2 * Math.PI * i) / radii.length
    return [center.lng + radius * Math.cos(angle), center.lat + radius * Math.sin(angle)]
  })
  const first = ring[0]
  return first === undefined ? ring : [...ring, first]
}

/**
 * GeoJSON Polygon coordinates for a spec. Outer vertices are at least radius / 2 from the centre at
 * evenly spaced angles, so the ring contains the disc of radius (radius / 2)·cos(π / n); the hole
 * stays inside 0.9 of that disc.
 */
export function starPolygonCoordinates(spec: StarPolygonSpec): number[][][] {
  const outer = starRing(spec.center, spec.rotation, spec.outer.map(r => r * spec.radius))
  if (spec.hole === null) return [outer]
  const safe = 0.9 * (spec.radius / 2) * Math.cos(Math.PI / spec.outer.length)
  return [outer, starRing(spec.center, spec.rotation / 2, spec.hole.map(r => r * safe))]
}
