import { stationsContract } from '../../../domain/contracts/stations'
import { callAction } from '../../../lib/cloud-client'

/** Keeps a station as one of the person's 常去的驿站, or lets it go. */
export function setFavourite(stationId: string, favourite: boolean): Promise<{ readonly stationId: string; readonly favourite: boolean }> {
  return callAction(stationsContract, 'setFavourite', { stationId, favourite })
}
