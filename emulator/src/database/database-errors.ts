import { encodeEjsonValue } from '../ejson/encode-ejson'
import { EmulatorError } from '../errors'
import { ObjectIdValue } from '../values/object-id'

/** CloudBase's database error codes (docs.cloudbase.net/error-code), as the emulator answers them. */
export const DatabaseErrorCode = {
  CollectionNotExist: 'DATABASE_COLLECTION_NOT_EXIST',
  CollectionAlreadyExist: 'DATABASE_COLLECTION_ALREADY_EXIST',
  DuplicateWrite: 'DATABASE_DUPLICATE_WRITE',
  /** The database engine refused the operation (unknown operator, bad update, missing geo index...). */
  RequestFailed: 'DATABASE_REQUEST_FAILED',
  /** What `db.runTransaction` retries on. */
  TransactionConflict: 'DATABASE_TRANSACTION_CONFLICT',
  /** The transaction does not exist (never started, finished, or expired after 30 s). */
  TransactionFail: 'DATABASE_TRANSACTION_FAIL',
} as const

/** CloudBase's words for a missing collection, as the SDK (and wx.cloud, under errCode -502005) receives them. */
export const COLLECTION_NOT_EXIST_MESSAGE = '[ResourceNotFound] Db or Table not exist. Please check your request, but if the problem cannot be solved, contact us.'

/**
 * A request named a collection that does not exist (CloudBase never creates one implicitly). The
 * message is CloudBase's word for word, so code that compares it behaves the same; like CloudBase's,
 * it does not name the collection.
 */
export function collectionNotExist(): EmulatorError {
  return new EmulatorError(DatabaseErrorCode.CollectionNotExist, COLLECTION_NOT_EXIST_MESSAGE)
}

/** The database engine refused the request, with MongoDB's wording where there is one. */
export function requestFailed(message: string): EmulatorError {
  return new EmulatorError(DatabaseErrorCode.RequestFailed, message)
}

/** A key value as MongoDB shows it in an E11000 message: JSON, with ObjectIds as `ObjectId('…')`. */
function shownKeyValue(value: unknown): string {
  if (value instanceof ObjectIdValue) return `ObjectId('${value.hex}')`
  return JSON.stringify(encodeEjsonValue(value) ?? null)
}

/** MongoDB's duplicate key error, which CloudBase answers as DATABASE_DUPLICATE_WRITE. */
export function duplicateKeyError(collection: string, index: string, keys: readonly (readonly [string, unknown])[]): EmulatorError {
  const shown = keys.map(([path, value]) => `${path}: ${shownKeyValue(value)}`).join(', ')
  return new EmulatorError(DatabaseErrorCode.DuplicateWrite, `E11000 duplicate key error collection: ${collection} index: ${index} dup key: { ${shown} }`)
}
