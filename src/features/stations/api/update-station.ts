import { stationsContract, type StationDetail } from '../../../domain/contracts/stations'
import type { StationInput } from '../../../domain/stations/station'
import { callAction } from '../../../lib/cloud-client'

/** Staff: replaces a station's details, if nobody changed it since `expectedVersion`. */
export function updateStation(stationId: string, expectedVersion: number, station: StationInput, verifiedToday: boolean, requestId: string): Promise<StationDetail> {
  return callAction(stationsContract, 'updateStation', { stationId, expectedVersion, station, verifiedToday }, { requestId })
}
