import { stationsContract, type NearbyAnswer } from '../../../domain/contracts/stations'
import type { LngLat } from '../../../domain/geo/lng-lat'
import { callAction } from '../../../lib/cloud-client'

/** Stations by name or address, nearest first; fails fast on a weak signal so the phone's copy answers. */
export function findStations(query: string, origin: LngLat): Promise<NearbyAnswer> {
  return callAction(stationsContract, 'findStations', { query, origin }, { timeoutMs: 8_000 })
}
