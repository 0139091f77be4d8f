/**
 * Benchmarks the emulator's spherical point index at the product's target: 200,000 stations across
 * China, denser around city centres, queried for the nearest 20 within 5 km of a city location.
 * Run: npx tsx emulator/bench/geo-index-bench.ts
 */
import { performance } from 'node:perf_hooks'
import { distanceMeters } from '../src/geo/distance'
import type { GeoPoint } from '../src/geo/geo-point'
import { SphericalPointIndex, type NearestHit } from '../src/geo/spherical-point-index'
import { gaussian, seededRandom } from './seeded-random'

const POINT_COUNT = 200_000
const CITY_SHARE = 0.85
const QUERY_COUNT = 1_000
const ROUNDS = 3
const BRUTE_FORCE_QUERY_COUNT = 100
const K = 20
const MAX_DISTANCE_METERS = 5_000

/** Approximate centres of 30 large Chinese cities, [lng, lat]. */
const CITIES: readonly (readonly [number, number])[] = [
  [116.40, 39.90], [121.47, 31.23], [113.26, 23.13], [114.06, 22.54], [104.07, 30.57], [106.55, 29.56],
  [120.16, 30.27], [114.31, 30.59], [108.94, 34.34], [118.80, 32.06], [117.20, 39.08], [113.62, 34.75],
  [112.94, 28.23], [123.43, 41.81], [120.38, 36.07], [113.12, 23.02], [102.83, 24.88], [125.32, 43.82],
  [117.28, 31.86], [119.30, 26.08], [126.53, 45.80], [114.51, 38.04], [120.59, 31.30], [118.09, 24.48],
  [106.71, 26.58], [108.37, 22.82], [103.83, 36.06], [87.62, 43.83], [111.67, 40.82], [110.35, 20.02],
]

const random = seededRandom(20240611)

function pickCity(): readonly [number, number] {
  const city = CITIES[Math.floor(random() * CITIES.length)]
  if (city === undefined) throw new RangeError('no city picked')
  return city
}

/** A point scattered around a city, sigma in kilometres. */
function nearCity(sigmaKm: number): GeoPoint {
  const [lng, lat] = pickCity()
  const kmPerDegreeLat = 111.2
  const kmPerDegreeLng = kmPerDegreeLat * Math.cos(lat * Math.PI / 180)
  return { lng: lng + gaussian(random, 0, sigmaKm) / kmPerDegreeLng, lat: lat + gaussian(random, 0, sigmaKm) / kmPerDegreeLat }
}

function anywhereInChina(): GeoPoint {
  return { lng: 73.5 + random() * (135 - 73.5), lat: 18 + random() * (53.5 - 18) }
}

function percentile(sortedMicros: readonly number[], fraction: number): number {
  return sortedMicros[Math.min(sortedMicros.length - 1, Math.floor(fraction * sortedMicros.length))] ?? NaN
}

function timeEach<T>(inputs: readonly T[], run: (input: T) => void): number[] {
  const micros = inputs.map(input => {
    const start = performance.now()
    run(input)
    return (performance.now() - start) * 1000
  })
  return micros.sort((a, b) => a - b)
}

/**
 * Times every input in several rounds and keeps the round with the lowest median: on a shared
 * machine other processes only ever add time, so the quietest round is the best estimate.
 */
function timeRounds<T>(inputs: readonly T[], run: (input: T) => void): number[] {
  const rounds = Array.from({ length: ROUNDS }, () => timeEach(inputs, run))
  return rounds.reduce((best, round) => (percentile(round, 0.5) < percentile(best, 0.5) ? round : best))
}

function takeNearest(index: SphericalPointIndex, center: GeoPoint): NearestHit[] {
  const hits: NearestHit[] = []
  for (const hit of index.nearest(center, { maxDistance: MAX_DISTANCE_METERS })) {
    hits.push(hit)
    if (hits.length === K) break
  }
  return hits
}

function bruteForceNearest(ids: readonly string[], points: readonly GeoPoint[], center: GeoPoint): NearestHit[] {
  const hits: NearestHit[] = []
  points.forEach((point, i) => {
    const distance = distanceMeters(center, point)
    const id = ids[i]
    if (distance <= MAX_DISTANCE_METERS && id !== undefined) hits.push({ id, distance })
  })
  return hits.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, K)
}

const points: GeoPoint[] = Array.from({ length: POINT_COUNT }, () => (random() < CITY_SHARE ? nearCity(12) : anywhereInChina()))
const ids = points.map((_, i) => `station-${i}`)

const index = new SphericalPointIndex()
const buildStart = performance.now()
points.forEach((point, i) => index.set(ids[i] ?? '', point))
const buildMs = performance.now() - buildStart

const queries: GeoPoint[] = Array.from({ length: QUERY_COUNT }, () => nearCity(6))
const found = queries.reduce((total, query) => total + takeNearest(index, query).length, 0)

const indexMicros = timeRounds(queries, query => takeNearest(index, query))
const bruteQueries = queries.slice(0, BRUTE_FORCE_QUERY_COUNT)
const bruteMicros = timeRounds(bruteQueries, query => bruteForceNearest(ids, points, query))
const mismatches = bruteQueries.filter(query =>
  JSON.stringify(takeNearest(index, query)) !== JSON.stringify(bruteForceNearest(ids, points, query))).length

const moves = Array.from({ length: 20_000 }, (_, i) => ({ id: ids[i] ?? '', point: nearCity(12) }))
const moveStart = performance.now()
for (const move of moves) index.set(move.id, move.point)
const moveMs = performance.now() - moveStart

const circleMicros = timeRounds(queries, query => index.within({ type: 'circle', center: query, radiusMeters: MAX_DISTANCE_METERS }))

const rows: [string, string][] = [
  ['points', POINT_COUNT.toLocaleString('en')],
  ['build (insert) rate', `${Math.round(POINT_COUNT / (buildMs / 1000)).toLocaleString('en')} points/s (${buildMs.toFixed(0)} ms)`],
  ['move rate (set on an existing id)', `${Math.round(moves.length / (moveMs / 1000)).toLocaleString('en')} points/s`],
  [`index nearest-${K} within ${MAX_DISTANCE_METERS / 1000} km, p50`, `${percentile(indexMicros, 0.5).toFixed(1)} µs`],
  [`index nearest-${K} within ${MAX_DISTANCE_METERS / 1000} km, p99`, `${percentile(indexMicros, 0.99).toFixed(1)} µs`],
  ['  average hits per query', (found / QUERY_COUNT).toFixed(1)],
  [`brute-force scan, p50 (${BRUTE_FORCE_QUERY_COUNT} queries)`, `${percentile(bruteMicros, 0.5).toFixed(1)} µs`],
  [`brute-force scan, p99 (${BRUTE_FORCE_QUERY_COUNT} queries)`, `${percentile(bruteMicros, 0.99).toFixed(1)} µs`],
  ['  speed-up at p50', `${(percentile(bruteMicros, 0.5) / percentile(indexMicros, 0.5)).toFixed(0)}×`],
  ['  index results differing from brute force', String(mismatches)],
  [`within ${MAX_DISTANCE_METERS / 1000} km circle (all hits), p50 / p99`, `${percentile(circleMicros, 0.5).toFixed(1)} / ${percentile(circleMicros, 0.99).toFixed(1)} µs`],
]
console.log(`latencies: the quietest of ${ROUNDS} rounds, after one warm-up pass`)
const width = Math.max(...rows.map(([label]) => label.length))
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)
