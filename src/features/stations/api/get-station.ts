import { stationsContract, type StationDetail } from '../../../domain/contracts/stations'
import { callAction } from '../../../lib/cloud-client'

/** A station's page: details, photo links, opening state and the caller's reports about it. */
export function getStation(stationId: string): Promise<StationDetail> {
  return callAction(stationsContract, 'getStation', { stationId })
}
