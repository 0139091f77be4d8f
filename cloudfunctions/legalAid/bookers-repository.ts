import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { typedCollection } from '../runtime/typed-collection'
import { BOOKERS_COLLECTION, type BookerDocument } from './legal-documents'

/** A person with no bookings and no no-shows yet. */
export function newBooker(userId: string, now: Date): BookerDocument {
  return { _id: userId, userId, held: [], noShows: [], pause: null, updatedAt: now }
}

/** The `legal_bookers` collection: one record per person who booked. */
export function bookersRepository(db: Database) {
  const bookers = typedCollection<BookerDocument>(db, BOOKERS_COLLECTION)
  return {
    findById: (userId: string) => bookers.findById(userId),
    in(transaction: Transaction) {
      const inTransaction = transaction.collection<BookerDocument>(BOOKERS_COLLECTION)
      return {
        findById: (userId: string) => inTransaction.findById(userId),
        /** Writes the whole record (arrays are replaced, not merged). */
        save: (booker: BookerDocument) => inTransaction.replace(booker),
      }
    },
  }
}

export type BookersRepository = ReturnType<typeof bookersRepository>
