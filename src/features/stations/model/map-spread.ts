import type { PlottedMarker } from './map-plot'

/** A marker where it is drawn, and where the station really is when it had to move aside. */
export interface PlacedMarker extends PlottedMarker {
  /** The true position, for the thin line from a moved marker back to it. */
  readonly anchorX: number
  readonly anchorY: number
}

/** How far out a crowded marker looks for room, in rings a target apart. */
const MAX_RINGS = 6

/**
 * Markers placed so none covers another: nearest first, each at its true place when that is free,
 * else at the first free spot on rings around it, one target (`gap`, a finger's width) further out
 * each time, keeping a line back to its true place. So 7 never hides under 3, and the nearest
 * stations keep their true places. A marker with no room left is not drawn (the list has it). Everything stays `gap / 2` inside the square of `size`, so no
 * marker is cut at the edge.
 */
export function spreadMarkers(markers: readonly PlottedMarker[], gap: number, size: number): PlacedMarker[] {
  const inside = (value: number) => Math.min(size - gap / 2, Math.max(gap / 2, value))
  const placed: PlacedMarker[] = []
  const free = (x: number, y: number) => placed.every(other => Math.hypot(other.x - x, other.y - y) >= gap)
  for (const marker of markers) {
    let spot: { x: number; y: number } | null = { x: inside(marker.x), y: inside(marker.y) }
    search: if (!free(spot.x, spot.y)) {
      const wanted = spot
      spot = null
      for (let ring = 1; ring <= MAX_RINGS; ring++) {
        const radius = ring * gap
        const steps = Math.max(6, Math.floor((2 * Math.PI * radius) / gap))
        for (let step = 0; step < steps; step++) {
          const angle = -Math.PI / 2 + (2 * Math.PI * step) / steps
          const x = inside(wanted.x + radius * Math.cos(angle))
          const y = inside(wanted.y + radius * Math.sin(angle))
          if (free(x, y)) {
            spot = { x, y }
            break search
          }
        }
      }
    }
    // No room left (a crowd in large type): the marker is left off rather than drawn over another.
    if (spot !== null) placed.push({ ...marker, x: spot.x, y: spot.y, anchorX: marker.x, anchorY: marker.y })
  }
  return placed
}
