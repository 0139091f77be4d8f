import type { DatabaseStore } from '../database-store'
import type { TransactionManager } from '../transactions/transaction-manager'

/** What every database action works with. */
export interface DatabaseContext {
  readonly store: DatabaseStore
  readonly transactions: TransactionManager
  /** The server's clock (ms since epoch): what `db.serverDate()` resolves to. */
  now(): number
}
