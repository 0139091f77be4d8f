import { EmulatorError, EmulatorErrorCode } from '../errors'
import { ObjectIdValue } from '../values/object-id'

/** What a document `_id` may be: CloudBase ids are strings; `doc(n)` allows numbers; imported data may hold ObjectIds. */
export type DocumentId = string | number | ObjectIdValue

/** True when a value can be a document `_id`. */
export function isDocumentId(value: unknown): value is DocumentId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || value instanceof ObjectIdValue
}

/** Checks an `_id` from a request, naming it in the error when it cannot be one. */
export function assertDocumentId(value: unknown): DocumentId {
  if (!isDocumentId(value)) {
    throw new EmulatorError(EmulatorErrorCode.InvalidParam, '_id must be a string, a finite number or an ObjectId')
  }
  return value
}

/** The map key of an `_id`: distinct for "1", 1 and an ObjectId, as MongoDB keeps them distinct. */
export function documentIdKey(id: DocumentId): string {
  if (typeof id === 'string') return `s${id}`
  if (typeof id === 'number') return `n${String(id)}`
  return `o${id.hex}`
}
