import type { GeoPoint } from './geo-point'

/** A point on the unit sphere in Earth-centred Cartesian coordinates (x towards lng 0, z towards the north pole). */
export interface UnitVector {
  readonly x: number
  readonly y: number
  readonly z: number
}

const RADIANS_PER_DEGREE = Math.PI / 180

/**
 * Slack added to chord lengths before turning them into angle bounds. Chords and angles are computed
 * by different float operations; the slack (≈ 6 µm on Earth; some metres for the upper bound right at
 * the antipode, where asin is ill-conditioned) keeps a bound on the safe side of every exact distance
 * it is compared with.
 */
const CHORD_SLACK = 1e-12

/** The unit vector of a longitude/latitude point. */
export function toUnitVector(point: GeoPoint): UnitVector {
  const lat = point.lat * RADIANS_PER_DEGREE
  const lng = point.lng * RADIANS_PER_DEGREE
  const cosLat = Math.cos(lat)
  return { x: cosLat * Math.cos(lng), y: cosLat * Math.sin(lng), z: Math.sin(lat) }
}

/**
 * The central angle between two unit vectors, in radians: atan2(|a × b|, a · b). Mathematically the
 * same as haversine, and well conditioned at every separation (haversine loses precision near the
 * antipode, acos of the dot product near zero).
 */
export function angleBetween(a: UnitVector, bx: number, by: number, bz: number): number {
  const cx = a.y * bz - a.z * by
  const cy = a.z * bx - a.x * bz
  const cz = a.x * by - a.y * bx
  return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), a.x * bx + a.y * by + a.z * bz)
}

/**
 * An angle no larger than the one subtending a chord of (about) this length: the chord itself, since
 * an arc is never shorter than its chord (2·asin(c/2) ≥ c). It costs no asin, and at the distances
 * the index serves (kilometres) it is tighter than one part in ten million.
 */
export function angleBelowChord(chord: number): number {
  return Math.max(0, chord - CHORD_SLACK)
}

/** An angle no smaller than the one subtending a chord of (about) this length. */
export function angleAboveChord(chord: number): number {
  return 2 * Math.asin(Math.min(1, (chord + CHORD_SLACK) / 2))
}
