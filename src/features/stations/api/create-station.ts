import { stationsContract, type StationDetail } from '../../../domain/contracts/stations'
import type { StationInput } from '../../../domain/stations/station'
import { callAction } from '../../../lib/cloud-client'

/** Staff: adds a station. */
export function createStation(station: StationInput, verifiedToday: boolean, requestId: string): Promise<StationDetail> {
  return callAction(stationsContract, 'createStation', { station, verifiedToday }, { requestId })
}
