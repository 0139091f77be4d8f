const EARTH_RADIUS_METERS = 6_378_100
const RADIANS = Math.PI / 180

/**
 * The baseline without an index: haversine distance from the centre to every point, sort them all,
 * keep the nearest `limit` within `maxDistance`. Returns their positions in the arrays.
 */
export function nearestByScan(lngs: Float64Array, lats: Float64Array, center: { lng: number; lat: number }, maxDistance: number, limit: number): number[] {
  const count = lngs.length
  const distances = new Float64Array(count)
  const centerLat = center.lat * RADIANS
  const cosCenterLat = Math.cos(centerLat)
  for (let i = 0; i < count; i += 1) {
    const lat = (lats[i] ?? 0) * RADIANS
    const dLat = lat - centerLat
    const dLng = ((lngs[i] ?? 0) - center.lng) * RADIANS
    const h = Math.sin(dLat / 2) ** 2 + cosCenterLat * Math.cos(lat) * Math.sin(dLng / 2) ** 2
    distances[i] = 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)))
  }
  const order = Array.from({ length: count }, (_, i) => i)
  order.sort((a, b) => (distances[a] ?? 0) - (distances[b] ?? 0))
  const nearest: number[] = []
  for (const i of order) {
    if ((distances[i] ?? Infinity) > maxDistance || nearest.length === limit) break
    nearest.push(i)
  }
  return nearest
}
