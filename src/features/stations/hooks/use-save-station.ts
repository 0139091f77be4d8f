import type { StationDetail } from '../../../domain/contracts/stations'
import type { StationInput, StationStatus } from '../../../domain/stations/station'
import { useAction, type ActionState } from '../../../lib/use-action'
import { createStation } from '../api/create-station'
import { setStationStatus } from '../api/set-station-status'
import { updateStation } from '../api/update-station'

/** What saving the form needs: a new station, or the one being edited and the version it started from. */
export type SaveTarget = { readonly kind: 'new' } | { readonly kind: 'existing'; readonly stationId: string; readonly version: number }

/** Staff: saves the station form. */
export function useSaveStation(): ActionState<[target: SaveTarget, station: StationInput, verifiedToday: boolean], StationDetail> {
  return useAction((requestId: string, target: SaveTarget, station: StationInput, verifiedToday: boolean) =>
    target.kind === 'new'
      ? createStation(station, verifiedToday, requestId)
      : updateStation(target.stationId, target.version, station, verifiedToday, requestId),
  )
}

/** Staff: closes or reopens a station. */
export function useStationStatus(): ActionState<[stationId: string, status: StationStatus], StationDetail> {
  return useAction((requestId: string, stationId: string, status: StationStatus) => setStationStatus(stationId, status, requestId))
}
