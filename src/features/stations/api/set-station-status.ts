import { stationsContract, type StationDetail } from '../../../domain/contracts/stations'
import type { StationStatus } from '../../../domain/stations/station'
import { callAction } from '../../../lib/cloud-client'

/** Staff: closes a station until further notice, or reopens it. */
export function setStationStatus(stationId: string, status: StationStatus, requestId: string): Promise<StationDetail> {
  return callAction(stationsContract, 'setStationStatus', { stationId, status }, { requestId })
}
