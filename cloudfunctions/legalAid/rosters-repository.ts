import type { Roster } from '../../src/domain/legal-aid/roster'
import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { typedCollection } from '../runtime/typed-collection'
import { ROSTERS_COLLECTION, type RosterDocument } from './legal-documents'

export function rosterOf(document: RosterDocument): Roster {
  return {
    id: document._id,
    serviceKey: document.serviceKey,
    days: document.days,
    ranges: document.ranges,
    slotMinutes: document.slotMinutes,
    placesPerSlot: document.placesPerSlot,
    room: document.room,
    hostUserId: document.hostUserId,
    validFrom: document.validFrom,
    validUntil: document.validUntil,
    active: document.active,
  }
}

/** The `legal_rosters` collection: the duty rules. */
export function rostersRepository(db: Database) {
  const rosters = typedCollection<RosterDocument>(db, ROSTERS_COLLECTION)
  return {
    findById: (id: string) => rosters.findById(id),
    async all(): Promise<RosterDocument[]> {
      return await rosters.find({}, { orderBy: [['serviceKey', 'asc'], ['createdAt', 'asc']], limit: 1000 })
    },
    /** Writes the rosters that are missing (demo data); existing ones, maybe edited by staff, are kept. */
    async seed(documents: readonly RosterDocument[]): Promise<number> {
      const missing: RosterDocument[] = []
      for (const document of documents) if ((await rosters.findById(document._id)) === null) missing.push(document)
      await rosters.insertMany(missing)
      return missing.length
    },
    async active(): Promise<RosterDocument[]> {
      return await rosters.find({ active: true }, { orderBy: [['_id', 'asc']], limit: 1000 })
    },
    in(transaction: Transaction) {
      const inTransaction = transaction.collection<RosterDocument>(ROSTERS_COLLECTION)
      return {
        findById: (id: string) => inTransaction.findById(id),
        /** Writes the whole rule: its day and time lists are replaced, never merged. */
        save: (document: RosterDocument) => inTransaction.replace(document),
      }
    },
  }
}

export type RostersRepository = ReturnType<typeof rostersRepository>
