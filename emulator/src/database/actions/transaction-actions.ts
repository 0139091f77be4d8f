import { TopLevelFields } from '../../action-registry'
import type { DatabaseContext } from './database-context'
import { requireString } from './request-params'

/** `database.startTransaction`: CloudBase answers the id beside requestId, not under data (the SDK reads `res.transactionId`). */
export function startTransaction(context: DatabaseContext): TopLevelFields {
  return new TopLevelFields({ transactionId: context.transactions.start() })
}

/** `database.commitTransaction`: applies the transaction's writes at once, or fails with DATABASE_TRANSACTION_CONFLICT. */
export async function commitTransaction(context: DatabaseContext, params: Readonly<Record<string, unknown>>): Promise<undefined> {
  await context.transactions.commit(requireString(params, 'transactionId'))
  return undefined
}

/** `database.abortTransaction` (`rollback()`): discards the transaction's writes. */
export function abortTransaction(context: DatabaseContext, params: Readonly<Record<string, unknown>>): undefined {
  context.transactions.abort(requireString(params, 'transactionId'))
  return undefined
}
