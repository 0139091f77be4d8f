import { stationsContract, type NearbyAnswer } from '../../../domain/contracts/stations'
import type { LngLat } from '../../../domain/geo/lng-lat'
import type { NearbyFilter } from '../../../domain/stations/nearby-query'
import { callAction } from '../../../lib/cloud-client'

/** A nearby search fails fast on a weak signal: the phone's own copy answers instead. */
const NEARBY_TIMEOUT_MS = 8_000

/** The nearest stations to a point, from the database's geo query. */
export function nearbyStations(origin: LngLat, filter: NearbyFilter, limit: number): Promise<NearbyAnswer> {
  return callAction(stationsContract, 'nearby', { origin, filter, limit }, { timeoutMs: NEARBY_TIMEOUT_MS })
}
