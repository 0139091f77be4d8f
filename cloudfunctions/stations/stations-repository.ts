import type { LngLat } from '../../src/domain/geo/lng-lat'
import { openSpans, type OpenNowProbe } from '../../src/domain/stations/open-spans'
import type { StationStatus } from '../../src/domain/stations/station'
import { stationSearchTerms } from '../../src/domain/stations/station-search'
import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { typedCollection, type Filter } from '../runtime/typed-collection'
import {
  fromStationDocument,
  toStationDocument,
  type GeoPointValue,
  type StationDocument,
  type StationFields,
  type StoredStation,
} from './station-document'

export const STATIONS_COLLECTION = 'stations'

/** What lists read: everything but the query fields, which are heavy and never leave the server. */
const LIST_FIELDS = { openSpans: false, searchTerms: false } as const

export interface NearbyQuery {
  readonly origin: LngLat
  readonly maxDistanceMeters: number
  /** Every one of these amenities is required. */
  readonly amenities: readonly string[]
  /** When set, only active stations that answer one of these probes (see open-spans.ts). */
  readonly openProbes: readonly OpenNowProbe[] | null
  readonly skip: number
  readonly limit: number
}

export interface NameSearch {
  readonly origin: LngLat
  readonly maxDistanceMeters: number
  /** Every one of these is required (see station-search.ts); candidates still need checking against the text. */
  readonly terms: readonly string[]
  readonly limit: number
}

export interface StationSearch {
  readonly namePattern?: string
  readonly status?: StationStatus
  readonly skip: number
  readonly limit: number
}

/** The `stations` collection. Only this module reads or writes it. */
export function stationsRepository(db: Database) {
  const stations = typedCollection<StationDocument>(db, STATIONS_COLLECTION)
  const _ = db.command
  const point = (location: LngLat): GeoPointValue => new db.Geo.Point(location.lng, location.lat)

  /** The update a change makes: one version up, the derived query fields kept in step. */
  function stationUpdate(changes: Partial<StationFields>, now: Date): Record<string, unknown> {
    const { location, hours, name, address, ...plain } = changes
    const update: Record<string, unknown> = Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined))
    update.version = _.inc(1)
    update.updatedAt = now
    if (location !== undefined) update.location = point(location)
    if (hours !== undefined) {
      // Replaced whole: a plain object would be merged field by field, leaving old ranges behind.
      update.hours = _.set(hours)
      update.openSpans = openSpans(hours)
    }
    if ((name === undefined) !== (address === undefined)) throw new Error('a station’s name and address change together, so its search terms stay whole')
    if (name !== undefined && address !== undefined) {
      update.name = name
      update.address = address
      update.searchTerms = stationSearchTerms(name, address)
    }
    return update
  }

  return {
    point,
    async findById(id: string): Promise<StoredStation | null> {
      const document = await stations.findById(id)
      return document === null ? null : fromStationDocument(document)
    },
    async findByIds(ids: readonly string[]): Promise<StoredStation[]> {
      if (ids.length === 0) return []
      const documents = await stations.find({ _id: _.in([...new Set(ids)]) }, { fields: LIST_FIELDS, limit: 1000 })
      return documents.map(fromStationDocument)
    },
    /**
     * The nearest matching stations, nearest first: one geo query with every filter in it, so the
     * database stops as soon as the page is full instead of the function fetching everything.
     */
    async nearby(query: NearbyQuery): Promise<StoredStation[]> {
      const filter: Record<string, unknown> = {
        location: _.geoNear({ geometry: new db.Geo.Point(query.origin.lng, query.origin.lat), maxDistance: query.maxDistanceMeters }),
      }
      if (query.amenities.length > 0) filter.amenities = _.all([...query.amenities])
      if (query.openProbes !== null) {
        filter.status = 'active'
        filter.openSpans = _.or(query.openProbes.map(probe => _.elemMatch({ k: probe.k, s: _.lte(probe.minute), e: _.gt(probe.minute) })))
      }
      const documents = await stations.find(filter, { skip: query.skip, limit: query.limit, fields: LIST_FIELDS })
      return documents.map(fromStationDocument)
    },
    /**
     * Stations holding every search term, nearest first within the distance: the geo index bounds
     * the walk to one area however many stations the country has, and stops at `limit`.
     */
    async searchNear(query: NameSearch): Promise<StoredStation[]> {
      const documents = await stations.find(
        {
          location: _.geoNear({ geometry: new db.Geo.Point(query.origin.lng, query.origin.lat), maxDistance: query.maxDistanceMeters }),
          searchTerms: _.all([...query.terms]),
        },
        { limit: query.limit, fields: LIST_FIELDS },
      )
      return documents.map(fromStationDocument)
    },
    /**
     * Gives the stations among `ids` that were stored before name search existed their search
     * terms; how many it indexed. Importing the register again runs it, so no station is unfindable.
     */
    async indexUnsearchable(ids: readonly string[]): Promise<number> {
      if (ids.length === 0) return 0
      const missing = await stations.find({ _id: _.in([...ids]), searchTerms: _.exists(false) }, { fields: { name: true, address: true }, limit: 1000 })
      for (const station of missing) await stations.updateById(station._id, { searchTerms: stationSearchTerms(station.name, station.address) })
      return missing.length
    },
    /** One page of the whole list in `_id` order, after `afterId`. */
    async listAfter(afterId: string | null, district: string | null, limit: number): Promise<StoredStation[]> {
      const filter: Record<string, unknown> = {}
      if (afterId !== null) filter._id = _.gt(afterId)
      if (district !== null) filter.district = district
      const documents = await stations.find(filter, { orderBy: [['_id', 'asc']], limit, fields: { ...LIST_FIELDS, photos: false } })
      return documents.map(fromStationDocument)
    },
    async search(query: StationSearch): Promise<StoredStation[]> {
      const filter: Record<string, unknown> = {}
      if (query.namePattern !== undefined) {
        filter.name = db.RegExp({ regexp: query.namePattern, options: 'i' })
      }
      if (query.status !== undefined) filter.status = query.status
      const documents = await stations.find(filter, { orderBy: [['name', 'asc'], ['_id', 'asc']], skip: query.skip, limit: query.limit, fields: LIST_FIELDS })
      return documents.map(fromStationDocument)
    },
    /** Creates a station; throws a duplicate-key error when its key is taken. */
    async insert(id: string, fields: StationFields, now: Date): Promise<void> {
      await stations.insert(toStationDocument(id, fields, { version: 1, createdAt: now, updatedAt: now }, point))
    },
    /**
     * Applies `changes` if the station is still at `expectedVersion` (any version when null), in one
     * conditional update; false when it is missing or was changed in between.
     */
    async update(id: string, expectedVersion: number | null, changes: Partial<StationFields>, now: Date): Promise<boolean> {
      const update = stationUpdate(changes, now)
      const condition: Filter = expectedVersion === null ? { _id: id } : { _id: id, version: expectedVersion }
      return (await stations.updateWhere(condition, update)) > 0
    },
    /**
     * The same writes inside a transaction: the read that decides and the write it allows are one
     * atomic step there (the commit is refused if the station changed in between).
     */
    in(transaction: Transaction) {
      const inTransaction = transaction.collection<StationDocument>(STATIONS_COLLECTION)
      return {
        async findById(id: string): Promise<StoredStation | null> {
          const document = await inTransaction.findById(id)
          return document === null ? null : fromStationDocument(document)
        },
        async insert(id: string, fields: StationFields, now: Date): Promise<void> {
          await inTransaction.insert(toStationDocument(id, fields, { version: 1, createdAt: now, updatedAt: now }, point))
        },
        /** As `update` above: false when the station is missing or no longer at `expectedVersion`. */
        async update(id: string, expectedVersion: number | null, changes: Partial<StationFields>, now: Date): Promise<boolean> {
          const current = await inTransaction.findById(id)
          if (current === null || (expectedVersion !== null && current.version !== expectedVersion)) return false
          await inTransaction.updateById(id, stationUpdate(changes, now))
          return true
        },
      }
    },
    /** Creates many stations in one request, all or none (imports and demo data). */
    async insertMany(entries: readonly { readonly id: string; readonly fields: StationFields }[], now: Date): Promise<void> {
      await stations.insertMany(entries.map(entry => toStationDocument(entry.id, entry.fields, { version: 1, createdAt: now, updatedAt: now }, point)))
    },
  }
}

export type StationsRepository = ReturnType<typeof stationsRepository>
