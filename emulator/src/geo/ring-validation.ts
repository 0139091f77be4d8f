import type { GeoRing } from './geo-geometry'
import type { GeoPoint } from './geo-point'
import { orientation, segmentsCrossProperly, segmentsIntersect } from './planar-segment'
import { ringRelation } from './point-in-polygon'

function samePosition(a: GeoPoint, b: GeoPoint): boolean {
  return a.lng === b.lng && a.lat === b.lat
}

/** The positions with runs of identical consecutive positions collapsed to one (MongoDB does the same). */
export function withoutRepeats(positions: readonly GeoPoint[]): GeoPoint[] {
  const kept: GeoPoint[] = []
  for (const position of positions) {
    const last = kept[kept.length - 1]
    if (last === undefined || !samePosition(last, position)) kept.push(position)
  }
  return kept
}

/**
 * Why a closed ring (repeats already collapsed, last position equal to the first) is not a simple
 * loop, or null when it is. Like MongoDB's S2 loop check, non-adjacent edges must not meet at all,
 * and adjacent edges must not fold back over each other. The pairwise test is quadratic: fine for the
 * query polygons a client sends (a few thousand vertices at most).
 */
export function ringSimplicityProblem(ring: GeoRing): string | null {
  const edgeCount = ring.length - 1
  const vertex = (index: number): GeoPoint => {
    const position = ring[index % edgeCount]
    if (position === undefined) throw new RangeError(`ring vertex ${index} is missing`)
    return position
  }
  for (let i = 0; i < edgeCount; i++) {
    const previous = vertex(i)
    const shared = vertex(i + 1)
    const next = vertex(i + 2)
    const foldsBack = orientation(previous, shared, next) === 0 &&
      (previous.lng - shared.lng) * (next.lng - shared.lng) + (previous.lat - shared.lat) * (next.lat - shared.lat) > 0
    if (foldsBack) return `edges ${i} and ${(i + 1) % edgeCount} overlap`
  }
  for (let i = 0; i < edgeCount; i++) {
    for (let j = i + 2; j < edgeCount; j++) {
      if (i === 0 && j === edgeCount - 1) continue
      if (segmentsIntersect(vertex(i), vertex(i + 1), vertex(j), vertex(j + 1))) return `edges ${i} and ${j} intersect`
    }
  }
  return null
}

/** Why a hole does not lie inside the exterior ring, or null when it does (touching the exterior is allowed). */
export function holeContainmentProblem(exterior: GeoRing, hole: GeoRing): string | null {
  if (hole.some(position => ringRelation(position, exterior) === 'outside')) return 'has a vertex outside the exterior ring'
  for (let i = 0; i + 1 < hole.length; i++) {
    const h1 = hole[i]
    const h2 = hole[i + 1]
    if (h1 === undefined || h2 === undefined) continue
    for (let j = 0; j + 1 < exterior.length; j++) {
      const e1 = exterior[j]
      const e2 = exterior[j + 1]
      if (e1 !== undefined && e2 !== undefined && segmentsCrossProperly(h1, h2, e1, e2)) return 'crosses the exterior ring'
    }
  }
  return null
}
