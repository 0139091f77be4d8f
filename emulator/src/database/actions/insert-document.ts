import { decodeEjsonObject } from '../../ejson/decode-ejson'
import { encodeAnswerValue } from '../../ejson/encode-ejson'
import { EmulatorError, EmulatorErrorCode } from '../../errors'
import { duplicateKeyError } from '../database-errors'
import { assertDocumentId, documentIdKey } from '../document-id'
import type { Document } from '../document'
import { generateDocumentId } from '../generate-document-id'
import type { WriteOp } from '../write-op'
import type { DatabaseContext } from './database-context'
import { optionalString, requireArray, requireString } from './request-params'

function duplicateId(collection: string, document: Document): EmulatorError {
  return duplicateKeyError(collection, '_id_', [['_id', document._id]])
}

/**
 * `database.insertDocument` (`add(doc)`, `add([docs])`, `doc(id).create`): every document or none.
 * A missing `_id` gets a CloudBase-style one; an existing `_id` fails with DATABASE_DUPLICATE_WRITE.
 */
export async function insertDocument(context: DatabaseContext, params: Readonly<Record<string, unknown>>): Promise<{ insertedIds: unknown[] }> {
  const collectionName = requireString(params, 'collectionName')
  const data = requireArray(params, 'data')
  if (data.length === 0) throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'data must hold at least one document')
  const now = context.now()
  const documents = data.map((item, index): Document => {
    if (typeof item !== 'string') throw new EmulatorError(EmulatorErrorCode.InvalidParam, `data[${index}] must be an EJSON string`)
    const { _id: rawId, ...fields } = decodeEjsonObject(item, { now }, `data[${index}]`)
    return { _id: rawId === undefined ? generateDocumentId() : assertDocumentId(rawId), ...fields }
  })
  const ops: WriteOp[] = documents.map(doc => ({ key: documentIdKey(doc._id), id: doc._id, after: doc, insert: true }))
  const transactionId = optionalString(params, 'transactionId')
  if (transactionId !== undefined) {
    const collection = context.store.collection(collectionName)
    context.transactions.assertWritable(transactionId, collectionName, ops.map(op => op.key))
    collection.check(ops)
    for (const op of ops) {
      if (context.transactions.read(transactionId, collectionName, op.key) !== null && op.after !== null) throw duplicateId(collectionName, op.after)
    }
    context.transactions.write(transactionId, collectionName, ops)
  } else {
    await context.transactions.writeOutside(() => ({ batches: [{ collection: collectionName, ops }], value: undefined }))
  }
  return { insertedIds: documents.map(doc => encodeAnswerValue(doc._id)) }
}
