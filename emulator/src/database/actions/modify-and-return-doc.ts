import { encodeAnswerText } from '../../ejson/encode-ejson'
import type { DatabaseContext } from './database-context'
import { modifyCommitted, modifyInTransaction, readModifyRequest } from './modify-document'

/**
 * `database.modifyAndReturnDoc` (`where().updateAndReturn(data)`): updates the first match and
 * answers the document as it is after the update (`doc` null when nothing matched), in or out of a
 * transaction. `updated` is the match count, as MongoDB's findAndModify reports it: the same values
 * again still answer 1, as the SDK's cloud tests expect.
 */
export async function modifyAndReturnDoc(context: DatabaseContext, params: Readonly<Record<string, unknown>>): Promise<{ updated: number; doc: string | null }> {
  const request = readModifyRequest(context, params, true)
  const { result, docs } = request.transactionId !== undefined
    ? modifyInTransaction(context, request, request.transactionId, false)
    : await modifyCommitted(context, request, false)
  const [doc] = docs
  return { updated: result.matched, doc: doc === undefined ? null : encodeAnswerText(doc) }
}
