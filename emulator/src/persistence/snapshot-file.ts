import { createReadStream, existsSync, openSync, closeSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { createInterface } from 'node:readline'
import type { Document } from '../database/document'
import { dataSync, syncDirectory, writeAll } from './fs-sync'
import { decodeSnapshotDocument, encodeSnapshotDocument } from './journal-codec'

const FORMAT = 'cloudbase-emulator-snapshot'
const CHUNK_BYTES = 1 << 20

/** The state a snapshot holds: the sequence of the last commit in it, the collections and their documents. */
export interface SnapshotContent {
  readonly sequence: number
  readonly collections: readonly { readonly name: string; readonly documents: readonly Document[] }[]
}

/**
 * Writes a snapshot next to `path` and renames it into place once it is on disk, so a kill at any
 * moment leaves either the old snapshot or the new one, never half of one. JSON lines: a header,
 * one line per document, and an end line that proves the file is whole.
 */
export async function writeSnapshot(path: string, content: SnapshotContent): Promise<void> {
  const temporary = `${path}.tmp`
  const fd = openSync(temporary, 'w')
  try {
    let chunk = `${JSON.stringify({ format: FORMAT, version: 1, sequence: content.sequence, collections: content.collections.map(collection => collection.name) })}\n`
    let count = 0
    for (const collection of content.collections) {
      for (const doc of collection.documents) {
        chunk += `${encodeSnapshotDocument(collection.name, doc)}\n`
        count += 1
        if (chunk.length >= CHUNK_BYTES) {
          await writeAll(fd, Buffer.from(chunk, 'utf8'))
          chunk = ''
        }
      }
    }
    chunk += `${JSON.stringify({ end: true, documents: count })}\n`
    await writeAll(fd, Buffer.from(chunk, 'utf8'))
    await dataSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, path)
  syncDirectory(dirname(path))
}

/** What reading a snapshot yields, in file order. */
export type SnapshotEntry =
  | { readonly kind: 'header'; readonly sequence: number; readonly collections: readonly string[] }
  | { readonly kind: 'document'; readonly collection: string; readonly doc: Document }

/** Reads a snapshot line by line (no size limit); throws if it is not whole. False when there is none. */
export async function readSnapshot(path: string, use: (entry: SnapshotEntry) => void): Promise<boolean> {
  rmSync(`${path}.tmp`, { force: true })
  if (!existsSync(path)) return false
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })
  let sawHeader = false
  let sawEnd = false
  let count = 0
  for await (const line of lines) {
    if (line === '') continue
    if (sawEnd) throw new Error(`${path}: data after the end line`)
    if (!sawHeader) {
      const header: unknown = JSON.parse(line)
      if (typeof header !== 'object' || header === null || !('format' in header) || header.format !== FORMAT ||
        !('sequence' in header) || typeof header.sequence !== 'number' || !('collections' in header) || !Array.isArray(header.collections)) {
        throw new Error(`${path}: not an emulator snapshot`)
      }
      const collections = header.collections.filter((name: unknown): name is string => typeof name === 'string')
      use({ kind: 'header', sequence: header.sequence, collections })
      sawHeader = true
      continue
    }
    if (line.startsWith('{"end":')) {
      const end: unknown = JSON.parse(line)
      if (typeof end !== 'object' || end === null || !('documents' in end) || end.documents !== count) throw new Error(`${path}: document count does not match its end line`)
      sawEnd = true
      continue
    }
    const { collection, doc } = decodeSnapshotDocument(line)
    use({ kind: 'document', collection, doc })
    count += 1
  }
  if (!sawEnd) throw new Error(`${path}: the snapshot is incomplete (no end line)`)
  return true
}
