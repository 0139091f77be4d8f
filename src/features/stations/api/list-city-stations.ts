import { stationsContract, type CityStationsPage } from '../../../domain/contracts/stations'
import { callAction } from '../../../lib/cloud-client'

/** One page of the city's station list, for the phone's offline copy. */
export function listCityStations(cursor: string | undefined): Promise<CityStationsPage> {
  return callAction(stationsContract, 'listCity', cursor === undefined ? {} : { cursor })
}
