import { randomBytes } from 'node:crypto'

/** A new document `_id` shaped like CloudBase's: 32 lower-case hex digits. */
export function generateDocumentId(): string {
  return randomBytes(16).toString('hex')
}
