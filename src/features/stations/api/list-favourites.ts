import { stationsContract, type NearbyAnswer } from '../../../domain/contracts/stations'
import type { LngLat } from '../../../domain/geo/lng-lat'
import { callAction } from '../../../lib/cloud-client'

/** The person's 常去的驿站, nearest first. */
export function listFavourites(origin: LngLat): Promise<NearbyAnswer> {
  return callAction(stationsContract, 'listFavourites', { origin }, { timeoutMs: 8_000 })
}
