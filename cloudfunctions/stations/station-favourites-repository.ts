import { textDigest } from '../../src/domain/stations/text-digest'
import type { Database } from '../runtime/cloudbase-app'
import { isDuplicateKeyError, typedCollection, type StoredDocument } from '../runtime/typed-collection'

export const STATION_FAVOURITES_COLLECTION = 'station_favourites'

/** One of a person's 常去的驿站. Personal data: exported with 我的数据 and deleted with it. */
export interface FavouriteDocument extends StoredDocument {
  readonly userId: string
  readonly stationId: string
  /** The name when it was kept, so the person's export says which station without a lookup. */
  readonly stationName: string
  readonly createdAt: Date
}

/** One id per person and station: keeping a station twice is the same record, and no one else's id can be named. */
function favouriteId(userId: string, stationId: string): string {
  return `f${textDigest(`${userId}|${stationId}`)}`
}

/** The `station_favourites` collection. Every method is scoped to one person. */
export function stationFavouritesRepository(db: Database) {
  const favourites = typedCollection<FavouriteDocument>(db, STATION_FAVOURITES_COLLECTION)
  return {
    async stationIdsOf(userId: string, limit: number): Promise<string[]> {
      const documents = await favourites.find({ userId }, { orderBy: [['createdAt', 'desc']], limit, fields: { stationId: true } })
      return documents.map(document => document.stationId)
    },
    async countOf(userId: string): Promise<number> {
      return await favourites.count({ userId })
    },
    async has(userId: string, stationId: string): Promise<boolean> {
      return (await favourites.findById(favouriteId(userId, stationId))) !== null
    },
    /** Keeps the station; keeping it again changes nothing. */
    async add(userId: string, station: { readonly id: string; readonly name: string }, now: Date): Promise<void> {
      try {
        await favourites.insert({ _id: favouriteId(userId, station.id), userId, stationId: station.id, stationName: station.name, createdAt: now })
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error
      }
    },
    async remove(userId: string, stationId: string): Promise<void> {
      await favourites.removeById(favouriteId(userId, stationId))
    },
  }
}

export type StationFavouritesRepository = ReturnType<typeof stationFavouritesRepository>
