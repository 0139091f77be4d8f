import { EmulatorError, EmulatorErrorCode } from '../errors'
import { EARTH_RADIUS_METERS } from './distance'
import { isValidLngLat, type GeoPoint } from './geo-point'
import type { GeoRegion } from './geo-region'
import { boundsContain, boundsOf, unitSphereBoxOf, type Box3 } from './lng-lat-bounds'
import { MinHeap } from './min-heap'
import { polygonContains } from './point-in-polygon'
import { angleAboveChord, angleBelowChord, angleBetween, toUnitVector, type UnitVector } from './unit-vector'

/*
 * Why a bucket octree over unit vectors.
 *
 * Each point is stored as its unit vector on the sphere. An arc is never shorter than its chord, so
 * the straight-line distance from the query vector to a cube is a true lower bound on the
 * great-circle distance to anything inside it, and chord order is great-circle order. That makes the
 * antimeridian and the poles ordinary places: nothing wraps, no cell degenerates, and correctness
 * there is structural rather than special-cased (a lng/lat grid or R-tree needs both).
 *
 * The octree splits a leaf into eight when it holds more than LEAF_CAPACITY points, so dense city
 * centres get deep, small cells and empty land costs nothing; a fixed grid would need one cell size
 * for both 40,000 stations in a city and 3 on a plateau. Insert and delete walk one root-to-leaf
 * path, O(depth), and never rebalance (with 200,000 stations clustered around cities, leaves sit
 * 4 to 15 levels down, median 13); a subtree that shrinks below half a leaf is folded back into one
 * leaf. No dependency is needed (rbush is not installed, and its lng/lat boxes would still need
 * spherical bounds and wrap handling).
 *
 * `nearest` is the incremental best-first search of Hjaltason and Samet: one priority queue holds
 * cells keyed by their lower bound and points keyed by their exact distance, so points come out in
 * exact ascending order, lazily, and a caller that stops after k matches never touches the rest.
 */

/** Points a leaf holds before it splits (tuned with emulator/bench/geo-index-bench.ts). */
const LEAF_CAPACITY = 32

/** A subtree with this many points or fewer is folded back into a single leaf. */
const MERGE_THRESHOLD = LEAF_CAPACITY / 2

/** Cubes stop splitting at half-width 2^-30 (about 6 mm on Earth), so identical points share a leaf. */
const MAX_DEPTH = 30

/** One indexed point; `leaf` and `slot` say where it sits so it can be removed in O(1). */
interface Entry extends UnitVector {
  readonly id: string
  readonly point: GeoPoint
  leaf: OctreeNode
  slot: number
}

class OctreeNode {
  /** Eight child slots (undefined where nothing was ever put), or null while this node is a leaf. */
  children: (OctreeNode | undefined)[] | null = null
  /** The points of a leaf; always empty for an internal node. */
  entries: Entry[] = []
  /** x, y, z of `entries`, interleaved, so the distance loop reads one contiguous array of doubles. */
  coordinates: number[] = []
  /** Points in this whole subtree. */
  count = 0

  constructor(
    readonly cx: number,
    readonly cy: number,
    readonly cz: number,
    readonly half: number,
    readonly depth: number,
    readonly parent: OctreeNode | null,
    readonly octant: number,
  ) {}

  octantOf(vector: UnitVector): number {
    return (vector.x >= this.cx ? 1 : 0) | (vector.y >= this.cy ? 2 : 0) | (vector.z >= this.cz ? 4 : 0)
  }

  childAt(octant: number): OctreeNode {
    const quarter = this.half / 2
    return new OctreeNode(
      this.cx + (octant & 1 ? quarter : -quarter),
      this.cy + (octant & 2 ? quarter : -quarter),
      this.cz + (octant & 4 ? quarter : -quarter),
      quarter,
      this.depth + 1,
      this,
      octant,
    )
  }

  /** Shortest straight-line distance from a point to this cube (0 inside it). */
  nearChord(x: number, y: number, z: number): number {
    const dx = Math.max(0, Math.abs(x - this.cx) - this.half)
    const dy = Math.max(0, Math.abs(y - this.cy) - this.half)
    const dz = Math.max(0, Math.abs(z - this.cz) - this.half)
    return Math.sqrt(dx * dx + dy * dy + dz * dz)
  }

  /** Longest straight-line distance from a point to any corner of this cube. */
  farChord(x: number, y: number, z: number): number {
    const dx = Math.abs(x - this.cx) + this.half
    const dy = Math.abs(y - this.cy) + this.half
    const dz = Math.abs(z - this.cz) + this.half
    return Math.sqrt(dx * dx + dy * dy + dz * dz)
  }

  overlaps(box: Box3): boolean {
    return this.cx - this.half <= box.maxX && this.cx + this.half >= box.minX &&
      this.cy - this.half <= box.maxY && this.cy + this.half >= box.minY &&
      this.cz - this.half <= box.maxZ && this.cz + this.half >= box.minZ
  }
}

/** One result of `nearest`: a point's id and its great-circle distance from the centre in metres. */
export interface NearestHit {
  readonly id: string
  readonly distance: number
}

/** Distance bounds for `nearest`, in metres, both inclusive (MongoDB's `$minDistance`/`$maxDistance`). */
export interface NearestOptions {
  readonly maxDistance?: number
  readonly minDistance?: number
}

/** A queued cell (keyed by its lower bound) or point (keyed by its exact distance). */
interface QueueItem {
  readonly key: number
  readonly node: OctreeNode | null
  readonly entry: Entry | null
}

/** Nearer first; at equal keys cells before points (a cell may hold an equally near point), then ids for a stable order. */
function queuePrecedes(a: QueueItem, b: QueueItem): boolean {
  if (a.key !== b.key) return a.key < b.key
  if (a.entry === null) return b.entry !== null
  if (b.entry === null) return false
  return a.entry.id < b.entry.id
}

function lowerBoundMeters(node: OctreeNode, q: UnitVector): number {
  return EARTH_RADIUS_METERS * angleBelowChord(node.nearChord(q.x, q.y, q.z))
}

function upperBoundMeters(node: OctreeNode, q: UnitVector): number {
  return EARTH_RADIUS_METERS * angleAboveChord(node.farChord(q.x, q.y, q.z))
}

function invalidParam(message: string): EmulatorError {
  return new EmulatorError(EmulatorErrorCode.InvalidParam, message)
}

function requireValidPoint(point: GeoPoint, what: string): void {
  if (!isValidLngLat(point.lng, point.lat)) {
    throw invalidParam(`${what} must have finite lng in [-180, 180] and lat in [-90, 90], got lng ${point.lng} lat ${point.lat}`)
  }
}

function requireDistance(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw invalidParam(`${name} must be a non-negative number of metres, got ${String(value)}`)
  }
  return value
}

/**
 * A dynamic spatial index of points keyed by document id, answering nearest-first and region queries
 * with exact great-circle distances on MongoDB's sphere.
 */
export class SphericalPointIndex {
  private root = SphericalPointIndex.emptyRoot()
  private readonly byId = new Map<string, Entry>()
  /** Bumped by every change, so a `nearest` iteration can tell the index moved under it. */
  private version = 0

  private static emptyRoot(): OctreeNode {
    return new OctreeNode(0, 0, 0, 1, 0, null, 0)
  }

  /** How many points the index holds. */
  get size(): number {
    return this.byId.size
  }

  /** The point stored under an id, if any. */
  get(id: string): GeoPoint | undefined {
    return this.byId.get(id)?.point
  }

  /** True when a point is stored under the id. */
  has(id: string): boolean {
    return this.byId.has(id)
  }

  /** Stores (or moves) the point of a document; null removes it, as for a document whose field is not a point. */
  set(id: string, point: GeoPoint | null): void {
    if (point === null) {
      this.delete(id)
      return
    }
    requireValidPoint(point, `the point of ${id}`)
    const existing = this.byId.get(id)
    if (existing !== undefined) {
      if (existing.point.lng === point.lng && existing.point.lat === point.lat) return
      this.removeEntry(existing)
    }
    const vector = toUnitVector(point)
    const entry: Entry = { id, point: { lng: point.lng, lat: point.lat }, x: vector.x, y: vector.y, z: vector.z, leaf: this.root, slot: 0 }
    this.insertEntry(entry)
    this.byId.set(id, entry)
    this.version++
  }

  /** Removes a document's point; true when there was one. */
  delete(id: string): boolean {
    const entry = this.byId.get(id)
    if (entry === undefined) return false
    this.removeEntry(entry)
    this.byId.delete(id)
    this.version++
    return true
  }

  /** Removes every point. */
  clear(): void {
    this.root = SphericalPointIndex.emptyRoot()
    this.byId.clear()
    this.version++
  }

  /**
   * Points in ascending great-circle distance from the centre (ties in id order), lazily: each step
   * does only the work needed to prove the next point is the nearest remaining one. The iterator
   * reads the live index and throws if the index is changed before it is finished.
   */
  nearest(center: GeoPoint, options: NearestOptions = {}): IterableIterator<NearestHit> {
    requireValidPoint(center, 'the centre')
    const maxDistance = requireDistance(options.maxDistance, 'maxDistance', Infinity)
    const minDistance = requireDistance(options.minDistance, 'minDistance', 0)
    return this.walkNearest(toUnitVector(center), minDistance, maxDistance)
  }

  /** Ids of the points inside a region, boundary included, in no particular order. */
  within(region: GeoRegion): string[] {
    if (region.type === 'circle') {
      requireValidPoint(region.center, 'the circle centre')
      const radius = requireDistance(region.radiusMeters, 'radiusMeters', 0)
      return this.withinCircle(toUnitVector(region.center), radius)
    }
    const ids = new Set<string>()
    for (const polygon of region.polygons) {
      const bounds = boundsOf(polygon.rings[0])
      this.visitBox(unitSphereBoxOf(bounds), entry => {
        if (boundsContain(bounds, entry.point) && polygonContains(polygon, entry.point)) ids.add(entry.id)
      })
    }
    return [...ids]
  }

  private *walkNearest(q: UnitVector, minDistance: number, maxDistance: number): Generator<NearestHit, void, undefined> {
    const version = this.version
    const queue = new MinHeap<QueueItem>(queuePrecedes)
    queue.push({ key: 0, node: this.root, entry: null })
    for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
      if (item.key > maxDistance) return
      if (item.entry !== null) {
        yield { id: item.entry.id, distance: item.key }
        if (this.version !== version) throw new Error('SphericalPointIndex changed during a nearest() iteration')
        continue
      }
      const node = item.node
      if (node === null) continue
      if (node.children === null) {
        const coordinates = node.coordinates
        for (let slot = 0; slot < node.entries.length; slot++) {
          const distance = EARTH_RADIUS_METERS * angleBetween(q, coordinates[3 * slot] ?? NaN, coordinates[3 * slot + 1] ?? NaN, coordinates[3 * slot + 2] ?? NaN)
          const entry = node.entries[slot]
          if (entry !== undefined && distance >= minDistance && distance <= maxDistance) queue.push({ key: distance, node: null, entry })
        }
        continue
      }
      for (const child of node.children) {
        if (child === undefined || child.count === 0) continue
        const lowerBound = lowerBoundMeters(child, q)
        if (lowerBound > maxDistance) continue
        if (minDistance > 0 && upperBoundMeters(child, q) < minDistance) continue
        queue.push({ key: lowerBound, node: child, entry: null })
      }
    }
  }

  private withinCircle(q: UnitVector, radius: number): string[] {
    const ids: string[] = []
    const stack: OctreeNode[] = [this.root]
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.count === 0 || lowerBoundMeters(node, q) > radius) continue
      if (upperBoundMeters(node, q) <= radius) {
        this.collect(node, entry => ids.push(entry.id))
      } else if (node.children === null) {
        for (const entry of node.entries) {
          if (EARTH_RADIUS_METERS * angleBetween(q, entry.x, entry.y, entry.z) <= radius) ids.push(entry.id)
        }
      } else {
        for (const child of node.children) if (child !== undefined) stack.push(child)
      }
    }
    return ids
  }

  private visitBox(box: Box3, visit: (entry: Entry) => void): void {
    const stack: OctreeNode[] = [this.root]
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.count === 0 || !node.overlaps(box)) continue
      if (node.children === null) {
        for (const entry of node.entries) {
          if (entry.x >= box.minX && entry.x <= box.maxX && entry.y >= box.minY && entry.y <= box.maxY &&
            entry.z >= box.minZ && entry.z <= box.maxZ) visit(entry)
        }
      } else {
        for (const child of node.children) if (child !== undefined) stack.push(child)
      }
    }
  }

  private collect(node: OctreeNode, visit: (entry: Entry) => void): void {
    if (node.children === null) {
      for (const entry of node.entries) visit(entry)
      return
    }
    for (const child of node.children) if (child !== undefined) this.collect(child, visit)
  }

  private insertEntry(entry: Entry): void {
    let node = this.root
    for (;;) {
      node.count++
      if (node.children === null) break
      const octant = node.octantOf(entry)
      let child = node.children[octant]
      if (child === undefined) {
        child = node.childAt(octant)
        node.children[octant] = child
      }
      node = child
    }
    this.placeInLeaf(node, entry)
    if (node.entries.length > LEAF_CAPACITY && node.depth < MAX_DEPTH) this.split(node)
  }

  private placeInLeaf(leaf: OctreeNode, entry: Entry): void {
    entry.leaf = leaf
    entry.slot = leaf.entries.length
    leaf.entries.push(entry)
    leaf.coordinates.push(entry.x, entry.y, entry.z)
  }

  private split(leaf: OctreeNode): void {
    const entries = leaf.entries
    const children: (OctreeNode | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]
    leaf.entries = []
    leaf.coordinates = []
    leaf.children = children
    for (const entry of entries) {
      const octant = leaf.octantOf(entry)
      let child = children[octant]
      if (child === undefined) {
        child = leaf.childAt(octant)
        children[octant] = child
      }
      child.count++
      this.placeInLeaf(child, entry)
    }
    for (const child of children) {
      if (child !== undefined && child.entries.length > LEAF_CAPACITY && child.depth < MAX_DEPTH) this.split(child)
    }
  }

  private removeEntry(entry: Entry): void {
    const leaf = entry.leaf
    const last = leaf.entries.pop()
    leaf.coordinates.length -= 3
    if (last !== undefined && last !== entry) {
      leaf.entries[entry.slot] = last
      last.slot = entry.slot
      leaf.coordinates[3 * entry.slot] = last.x
      leaf.coordinates[3 * entry.slot + 1] = last.y
      leaf.coordinates[3 * entry.slot + 2] = last.z
    }
    for (let node: OctreeNode | null = leaf; node !== null; node = node.parent) node.count--
    let fold: OctreeNode | null = null
    for (let node = leaf.parent; node !== null && node.count <= MERGE_THRESHOLD; node = node.parent) fold = node
    if (fold !== null) {
      this.foldIntoLeaf(fold)
    } else if (leaf.count === 0 && leaf.parent?.children) {
      leaf.parent.children[leaf.octant] = undefined
    }
  }

  private foldIntoLeaf(node: OctreeNode): void {
    const entries: Entry[] = []
    this.collect(node, entry => entries.push(entry))
    node.children = null
    node.entries = []
    node.coordinates = []
    for (const entry of entries) this.placeInLeaf(node, entry)
  }
}
