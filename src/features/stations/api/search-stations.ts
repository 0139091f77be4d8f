import { stationsContract, type Page, type StaffStationRow } from '../../../domain/contracts/stations'
import type { StationStatus } from '../../../domain/stations/station'
import { callAction } from '../../../lib/cloud-client'

/** Staff: stations by name, with their pending reports counted. */
export function searchStations(search: string, status: StationStatus | undefined, cursor?: string): Promise<Page<StaffStationRow>> {
  return callAction(stationsContract, 'searchStations', {
    ...(search.trim() === '' ? {} : { search: search.trim() }),
    ...(status === undefined ? {} : { status }),
    ...(cursor === undefined ? {} : { cursor }),
  })
}
