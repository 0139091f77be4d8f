import type { StationSummary } from '../../../domain/contracts/stations'
import type { AmenityCatalogue } from '../../../domain/stations/amenities'
import type { HolidayPeriod } from '../../../domain/stations/holiday-calendar'
import { createOfflineCache, type CacheStorage, type OfflineCache } from '../../../lib/offline-cache'

/** The city's stations as the phone keeps them for poor signal, with what ranking them offline needs. */
export interface CityStations {
  readonly stations: readonly StationSummary[]
  readonly catalogue: AmenityCatalogue
  readonly holidays: readonly HolidayPeriod[]
}

export interface CachedCity extends CityStations {
  /** Epoch ms the copy was saved. */
  readonly savedAt: number
}

interface Manifest {
  readonly chunks: number
  readonly count: number
  readonly catalogue: AmenityCatalogue
  readonly holidays: readonly HolidayPeriod[]
}

/**
 * WeChat stores at most 1 MB per key and 6,000 stations take about 2 MB, so the list is kept in
 * chunks of 1,000 (~350 KB each) under their own keys, with a manifest saved last: a copy is
 * complete exactly when the manifest and every chunk it names read back.
 */
const CHUNK_SIZE = 1000
const CHUNK_MAX_BYTES = 900 * 1024
const VERSION = 1
/** Refreshed when older than this and the phone is online. */
export const CITY_CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Cheap structural check of a stored station: enough that ranking and drawing it cannot fail. */
function isStationSummary(value: unknown): value is StationSummary {
  if (!isRecord(value) || !isRecord(value.location) || !isRecord(value.hours)) return false
  return (
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.address === 'string' &&
    typeof value.location.lng === 'number' &&
    typeof value.location.lat === 'number' &&
    typeof value.hours.kind === 'string' &&
    Array.isArray(value.amenities) &&
    (value.status === 'active' || value.status === 'closed')
  )
}

function isStationChunk(value: unknown): value is StationSummary[] {
  return Array.isArray(value) && value.every(isStationSummary)
}

function isManifest(value: unknown): value is Manifest {
  return (
    isRecord(value) &&
    typeof value.chunks === 'number' &&
    typeof value.count === 'number' &&
    Array.isArray(value.catalogue) &&
    Array.isArray(value.holidays)
  )
}

export interface CityStationCache {
  save(city: CityStations, now?: number): boolean
  load(): CachedCity | null
}

/** The chunked offline copy of the city's stations. */
export function createCityStationCache(storage?: CacheStorage): CityStationCache {
  const options = storage === undefined ? {} : { storage }
  const manifest = createOfflineCache<Manifest>({ key: 'stations.city', version: VERSION, isValid: isManifest, ...options })
  const chunk = (index: number): OfflineCache<StationSummary[]> =>
    createOfflineCache<StationSummary[]>({ key: `stations.city.${index}`, version: VERSION, isValid: isStationChunk, maxBytes: CHUNK_MAX_BYTES, ...options })

  return {
    save(city, now = Date.now()) {
      const chunks = Math.ceil(city.stations.length / CHUNK_SIZE)
      for (let index = 0; index < chunks; index += 1) {
        if (!chunk(index).save(city.stations.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE), now)) return false
      }
      const previous = manifest.load()
      const saved = manifest.save({ chunks, count: city.stations.length, catalogue: city.catalogue, holidays: city.holidays }, now)
      // A city that shrank leaves chunks beyond the new count; they would never be read, but they take room.
      for (let index = chunks; index < (previous?.data.chunks ?? 0); index += 1) chunk(index).clear()
      return saved
    },
    load() {
      const entry = manifest.load()
      if (entry === null) return null
      const stations: StationSummary[] = []
      for (let index = 0; index < entry.data.chunks; index += 1) {
        const part = chunk(index).load()
        // A chunk from another save (interrupted midway) would mix two copies: treat the copy as missing.
        if (part === null || part.savedAt !== entry.savedAt) return null
        stations.push(...part.data)
      }
      if (stations.length !== entry.data.count) return null
      return { stations, catalogue: entry.data.catalogue, holidays: entry.data.holidays, savedAt: entry.savedAt }
    },
  }
}

/** Whether the copy should be refreshed (it is a day old, or from the future after a clock change). */
export function isCityCacheStale(savedAt: number, now: number): boolean {
  return now - savedAt > CITY_CACHE_MAX_AGE_MS || savedAt > now + 60_000
}
