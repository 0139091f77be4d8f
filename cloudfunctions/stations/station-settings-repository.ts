import type { Amenity } from '../../src/domain/stations/amenities'
import type { HolidayPeriod } from '../../src/domain/stations/holiday-calendar'
import type { Database } from '../runtime/cloudbase-app'
import { holidayPeriodsRepository } from '../runtime/repositories/holiday-periods-repository'
import { typedCollection, type StoredDocument } from '../runtime/typed-collection'

export const AMENITY_CATALOGUE_COLLECTION = 'amenity_catalogue'

/** One amenity of the city's checklist; `_id` is its key, `order` its place in the list. */
export interface AmenityDocument extends StoredDocument {
  readonly order: number
  readonly label: string
  readonly icon: string
  readonly description: string
  readonly aliases?: readonly string[]
}

/** Documents are read back with their `_id` and storage fields; these are the data fields only. */
function amenityOf(document: AmenityDocument): Amenity {
  return {
    key: document._id,
    label: document.label,
    icon: document.icon,
    description: document.description,
    ...(document.aliases === undefined ? {} : { aliases: [...document.aliases] }),
  }
}

/** The stations feature's configuration data: the amenity catalogue and the holiday calendar. */
export function stationSettingsRepository(db: Database) {
  const amenities = typedCollection<AmenityDocument>(db, AMENITY_CATALOGUE_COLLECTION)
  const holidays = holidayPeriodsRepository(db)
  return {
    async catalogue(): Promise<Amenity[]> {
      return (await amenities.find({}, { orderBy: [['order', 'asc'], ['_id', 'asc']], limit: 100 })).map(amenityOf)
    },
    holidayPeriods: (): Promise<HolidayPeriod[]> => holidays.all(),
    /** Writes the catalogue entries that are missing; existing ones (maybe edited) are kept. */
    async seedCatalogue(catalogue: readonly Amenity[]): Promise<number> {
      const existing = new Set((await amenities.find({}, { fields: { _id: true }, limit: 1000 })).map(document => document._id))
      const missing = catalogue
        .map((amenity, order): AmenityDocument => ({
          _id: amenity.key,
          order,
          label: amenity.label,
          icon: amenity.icon,
          description: amenity.description,
          ...(amenity.aliases === undefined ? {} : { aliases: amenity.aliases }),
        }))
        .filter(document => !existing.has(document._id))
      await amenities.insertMany(missing)
      return missing.length
    },
    seedHolidayPeriods: (periods: readonly HolidayPeriod[]): Promise<number> => holidays.seed(periods),
  }
}

export type StationSettingsRepository = ReturnType<typeof stationSettingsRepository>
