import { decodeEjsonValue } from '../ejson/decode-ejson'
import { encodeEjsonValue } from '../ejson/encode-ejson'
import { assertDocumentId } from '../database/document-id'
import type { Document } from '../database/document'
import type { JournalOp, JournalRecord } from '../database/journal'
import { isPlainObject } from '../values/plain-object'

/** Recovered values hold no server dates (they were resolved before being written). */
const DECODE_OPTIONS = { now: 0 }

function encodeOp(op: JournalOp): unknown {
  switch (op.type) {
    case 'create': return { t: 'create', c: op.collection }
    case 'put': return { t: 'put', c: op.collection, d: encodeEjsonValue(op.doc) }
    case 'delete': return { t: 'delete', c: op.collection, i: encodeEjsonValue(op.id) }
    case 'reset': return { t: 'reset' }
  }
}

/** One journal record as one line of the operation log (JSON with EJSON documents, no newline inside). */
export function encodeJournalRecord(record: JournalRecord): string {
  return JSON.stringify({ s: record.sequence, o: record.ops.map(encodeOp) })
}

function decodeDocument(value: unknown): Document {
  const decoded = decodeEjsonValue(value, DECODE_OPTIONS, 'logged document')
  if (!isPlainObject(decoded)) throw new Error('a logged document is not an object')
  const { _id: rawId, ...fields } = decoded
  return { _id: assertDocumentId(rawId), ...fields }
}

function decodeOp(value: unknown): JournalOp {
  if (!isPlainObject(value)) throw new Error('a logged operation is not an object')
  if (value.t === 'reset') return { type: 'reset' }
  if (typeof value.c !== 'string') throw new Error('a logged operation has no collection')
  switch (value.t) {
    case 'create': return { type: 'create', collection: value.c }
    case 'put': return { type: 'put', collection: value.c, doc: decodeDocument(value.d) }
    case 'delete': return { type: 'delete', collection: value.c, id: assertDocumentId(decodeEjsonValue(value.i, DECODE_OPTIONS)) }
    default: throw new Error(`unknown logged operation ${JSON.stringify(value.t)}`)
  }
}

/** Reads one operation-log line; throws when it is not a whole record (e.g. torn by a kill mid-write). */
export function decodeJournalRecord(line: string): JournalRecord {
  const raw: unknown = JSON.parse(line)
  if (!isPlainObject(raw) || typeof raw.s !== 'number' || !Array.isArray(raw.o)) throw new Error('not a journal record')
  return { sequence: raw.s, ops: raw.o.map(decodeOp) }
}

/** A document as one snapshot line. */
export function encodeSnapshotDocument(collection: string, doc: Document): string {
  return JSON.stringify({ c: collection, d: encodeEjsonValue(doc) })
}

/** Reads one snapshot document line. */
export function decodeSnapshotDocument(line: string): { collection: string; doc: Document } {
  const raw: unknown = JSON.parse(line)
  if (!isPlainObject(raw) || typeof raw.c !== 'string') throw new Error('not a snapshot document line')
  return { collection: raw.c, doc: decodeDocument(raw.d) }
}
