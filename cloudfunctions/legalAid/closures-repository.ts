import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { typedCollection } from '../runtime/typed-collection'
import { CLOSURES_COLLECTION, WHOLE_CENTRE, type ClosureDocument } from './legal-documents'

export function closureIdFor(day: string, rosterId: string | null): string {
  return `${day}_${rosterId ?? WHOLE_CENTRE}`
}

/** The reason a roster's slots are closed on a day, given the day's closures; null when open. */
export function closedReasonFor(closures: readonly ClosureDocument[], day: string, rosterId: string): string | null {
  const closure = closures.find(entry => entry.day === day && (entry.rosterId === rosterId || entry.rosterId === WHOLE_CENTRE))
  return closure?.reason ?? null
}

/** The `legal_day_closures` collection: days closed for a roster or the whole centre. */
export function closuresRepository(db: Database) {
  const closures = typedCollection<ClosureDocument>(db, CLOSURES_COLLECTION)
  const _ = db.command
  return {
    async between(firstDay: string, lastDay: string): Promise<ClosureDocument[]> {
      return await closures.find({ day: _.and(_.gte(firstDay), _.lte(lastDay)) }, { orderBy: [['day', 'asc'], ['_id', 'asc']], limit: 1000 })
    },
    in(transaction: Transaction) {
      const inTransaction = transaction.collection<ClosureDocument>(CLOSURES_COLLECTION)
      return {
        findById: (id: string) => inTransaction.findById(id),
        save: (document: ClosureDocument) => inTransaction.replace(document),
      }
    },
  }
}

export type ClosuresRepository = ReturnType<typeof closuresRepository>
