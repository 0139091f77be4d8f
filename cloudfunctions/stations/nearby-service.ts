import type { NearbyAnswer, NearbyStation } from '../../src/domain/contracts/stations'
import type { LngLat } from '../../src/domain/geo/lng-lat'
import type { NearbyFilter } from '../../src/domain/stations/nearby-query'
import { openingStatus } from '../../src/domain/stations/opening-hours'
import { openNowProbes } from '../../src/domain/stations/open-spans'
import type { CallerContext } from '../runtime/create-function'
import { toNearbyStation } from './station-views'
import type { LoadStationSettings } from './station-settings'
import type { StationsRepository } from './stations-repository'

export interface NearbyServiceDependencies {
  readonly stations: StationsRepository
  readonly settings: LoadStationSettings
  readonly now: () => Date
}

const DEFAULT_LIMIT = 20
/** Refills after dropping stations a dated exception closes; such exceptions are rare, so a few rounds suffice. */
const MAX_ROUNDS = 3

/** The nearby search: the database's geo query with the filters inside it, then opening states for the page. */
export function nearbyService(deps: NearbyServiceDependencies) {
  return {
    async nearby(request: { origin: LngLat; filter: NearbyFilter; limit?: number }, context: CallerContext): Promise<NearbyAnswer> {
      const settings = await deps.settings(context.log)
      const now = deps.now()
      const limit = request.limit ?? DEFAULT_LIMIT
      const probes = request.filter.openNow ? openNowProbes(now, settings.calendar) : null
      const items: NearbyStation[] = []
      let skip = 0
      for (let round = 0; round < MAX_ROUNDS && items.length < limit; round++) {
        const wanted = limit - items.length
        const page = await deps.stations.nearby({
          origin: request.origin,
          maxDistanceMeters: request.filter.radiusMeters,
          amenities: request.filter.amenities,
          openProbes: probes,
          skip,
          limit: wanted,
        })
        skip += page.length
        for (const station of page) {
          const opening = openingStatus(station.hours, now, settings.calendar, { status: station.status })
          // The query found it open by its weekly hours; a dated exception may still close it today.
          if (probes !== null && opening.state === 'closed') continue
          items.push(toNearbyStation(station, request.origin, opening))
        }
        if (page.length < wanted) break
      }
      return { items, catalogue: settings.catalogue, at: now.toISOString() }
    },
  }
}
