import type { StationSummary } from '../../src/domain/contracts/stations'
import type { LngLat } from '../../src/domain/geo/lng-lat'
import type { OpeningHours } from '../../src/domain/stations/opening-hours'
import { openSpans, type OpenSpan } from '../../src/domain/stations/open-spans'
import type { StationInput, StationStatus } from '../../src/domain/stations/station'
import { stationSearchTerms } from '../../src/domain/stations/station-search'
import type { StoredDocument } from '../runtime/typed-collection'

/** A GeoJSON point as the SDK writes (`db.Geo.Point`) and reads it back: both carry these two fields. */
export interface GeoPointValue {
  readonly longitude: number
  readonly latitude: number
}

/** A station as stored in `stations`. `_id` is its `stationKey`. */
export interface StationDocument extends StoredDocument {
  readonly code: string | null
  readonly name: string
  readonly address: string
  readonly district: string | null
  /** GCJ-02, under a 2dsphere index. */
  readonly location: GeoPointValue
  readonly phone: string | null
  readonly hours: OpeningHours
  readonly amenities: readonly string[]
  readonly standard: string | null
  readonly photos: readonly string[]
  readonly status: StationStatus
  readonly lastVerifiedOn: string | null
  /** Precomputed openings for the "open now" filter (see open-spans.ts); never sent to clients. */
  readonly openSpans: readonly OpenSpan[]
  /** The name's and address's characters and pairs, multikey-indexed for search (see station-search.ts); never sent to clients. */
  readonly searchTerms: readonly string[]
  readonly version: number
  readonly createdAt: Date
  readonly updatedAt: Date
}

/** The station fields a person edits, in the shape services work with. */
export interface StationFields {
  readonly code: string | null
  readonly name: string
  readonly address: string
  readonly district: string | null
  readonly location: LngLat
  readonly phone: string | null
  readonly hours: OpeningHours
  readonly amenities: readonly string[]
  readonly standard: string | null
  readonly photos: readonly string[]
  readonly status: StationStatus
  readonly lastVerifiedOn: string | null
}

/** A station read back, with its location as a plain point. */
export interface StoredStation extends StationFields {
  readonly id: string
  readonly version: number
  readonly createdAt: Date
  readonly updatedAt: Date
}

/** An edit's fields with the optional ones made explicit, so replacing a station clears what the form left empty. */
export function fieldsFromInput(input: StationInput): StationFields {
  return {
    code: input.code ?? null,
    name: input.name,
    address: input.address,
    district: input.district ?? null,
    location: input.location,
    phone: input.phone ?? null,
    hours: input.hours,
    amenities: input.amenities,
    standard: input.standard ?? null,
    photos: input.photos,
    status: input.status,
    lastVerifiedOn: input.lastVerifiedOn ?? null,
  }
}

/** The stored form of a station, with its query fields derived from its hours. */
export function toStationDocument(
  id: string,
  fields: StationFields,
  meta: { readonly version: number; readonly createdAt: Date; readonly updatedAt: Date },
  point: (location: LngLat) => GeoPointValue,
): StationDocument {
  return {
    _id: id,
    code: fields.code,
    name: fields.name,
    address: fields.address,
    district: fields.district,
    location: point(fields.location),
    phone: fields.phone,
    hours: fields.hours,
    amenities: [...fields.amenities],
    standard: fields.standard,
    photos: [...fields.photos],
    status: fields.status,
    lastVerifiedOn: fields.lastVerifiedOn,
    openSpans: openSpans(fields.hours),
    searchTerms: stationSearchTerms(fields.name, fields.address),
    version: meta.version,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
  }
}

/** A stored station as services use it. */
export function fromStationDocument(document: StationDocument): StoredStation {
  return {
    id: document._id,
    code: document.code ?? null,
    name: document.name,
    address: document.address,
    district: document.district ?? null,
    location: { lng: document.location.longitude, lat: document.location.latitude },
    phone: document.phone ?? null,
    hours: document.hours,
    amenities: document.amenities ?? [],
    standard: document.standard ?? null,
    photos: document.photos ?? [],
    status: document.status,
    lastVerifiedOn: document.lastVerifiedOn ?? null,
    version: document.version ?? 0,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  }
}

/** What every list shows of a station. */
export function toStationSummary(station: StoredStation): StationSummary {
  return {
    id: station.id,
    name: station.name,
    address: station.address,
    district: station.district,
    location: station.location,
    phone: station.phone,
    hours: station.hours,
    amenities: station.amenities,
    status: station.status,
    standard: station.standard,
    lastVerifiedOn: station.lastVerifiedOn,
  }
}
