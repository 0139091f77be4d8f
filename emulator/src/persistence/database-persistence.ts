import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { documentIdKey } from '../database/document-id'
import type { DatabaseStore } from '../database/database-store'
import type { JournalRecord } from '../database/journal'
import { decodeJournalRecord, encodeJournalRecord } from './journal-codec'
import { OperationLog, segmentFileName, segmentNumberOf } from './operation-log'
import { readSnapshot, writeSnapshot } from './snapshot-file'
import { syncDirectory } from './fs-sync'

/** How persistence behaves. */
export interface PersistenceOptions {
  /** Compact (snapshot + drop old log segments) once this many log bytes accumulated. */
  readonly compactAfterBytes?: number
  readonly log?: (line: string) => void
}

const DEFAULT_COMPACT_AFTER_BYTES = 64 * 1024 * 1024
const SNAPSHOT_FILE = 'snapshot.jsonl'

/** The persistent database: the store's journal, compaction, and a clean shutdown. */
export interface DatabasePersistence {
  /** Writes a snapshot of the current state and drops the log segments it covers. */
  compact(): Promise<void>
  /** Flushes, snapshots and closes the log. */
  close(): Promise<void>
}

function listSegments(directory: string): number[] {
  return readdirSync(directory)
    .map(segmentNumberOf)
    .filter((number): number is number => number !== undefined)
    .sort((a, b) => a - b)
}

/**
 * Replays one segment. Only the final line of a segment may be torn (a kill mid-write: that write
 * was never acknowledged) and it is skipped; anything unreadable before it is corruption and stops recovery.
 */
function replaySegment(path: string, after: number, apply: (record: JournalRecord) => void, log: (line: string) => void): number {
  const text = readFileSync(path, 'utf8')
  const lines = text.split('\n')
  let applied = 0
  lines.forEach((line, index) => {
    if (line === '') return
    let record: JournalRecord
    try {
      record = decodeJournalRecord(line)
    } catch (error) {
      const isLast = lines.slice(index + 1).every(rest => rest === '')
      if (isLast) {
        log(`database: skipped a torn last record in ${path} (a write interrupted before it was acknowledged)`)
        return
      }
      throw new Error(`${path}: unreadable record on line ${index + 1}: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (record.sequence <= after) return
    apply(record)
    applied += 1
  })
  return applied
}

/**
 * Opens the database folder: loads the snapshot, replays the operation log after it, builds the
 * declared indexes, compacts, and from then on journals every commit (durable before it is
 * acknowledged). `directory` is created if missing.
 */
export async function openDatabasePersistence(store: DatabaseStore, directory: string, options: PersistenceOptions = {}): Promise<DatabasePersistence> {
  const log = options.log ?? (() => undefined)
  mkdirSync(directory, { recursive: true })
  const snapshotPath = join(directory, SNAPSHOT_FILE)
  let snapshotSequence = 0
  await readSnapshot(snapshotPath, entry => {
    if (entry.kind === 'header') {
      snapshotSequence = entry.sequence
      store.replay({ sequence: entry.sequence, ops: entry.collections.map(collection => ({ type: 'create', collection })) })
    } else {
      store.collection(entry.collection).apply([{ key: documentIdKey(entry.doc._id), id: entry.doc._id, after: entry.doc, insert: false }])
    }
  })
  const segments = listSegments(directory)
  let replayed = 0
  for (const segment of segments) {
    replayed += replaySegment(join(directory, segmentFileName(segment)), snapshotSequence, record => store.replay(record), log)
  }
  store.attachDeclaredIndexes()
  if (replayed > 0 || segments.length > 0) log(`database: recovered ${store.names().length} collections (${replayed} logged commits after the snapshot)`)

  const operationLog = new OperationLog(directory, (segments[segments.length - 1] ?? 0) + 1)
  let compacting: Promise<void> | undefined
  const compactAfterBytes = options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES

  const compact = (): Promise<void> => {
    if (compacting !== undefined) return compacting
    const content = {
      sequence: store.sequence,
      collections: store.names().map(name => ({ name, documents: [...store.collection(name).documents()].map(stored => stored.doc) })),
    }
    const firstKept = operationLog.rotate()
    compacting = (async () => {
      await operationLog.flushed()
      await writeSnapshot(snapshotPath, content)
      operationLog.closeSegmentsBefore(firstKept)
      for (const segment of listSegments(directory)) {
        if (segment < firstKept) rmSync(join(directory, segmentFileName(segment)), { force: true })
      }
      syncDirectory(directory)
    })().finally(() => {
      compacting = undefined
    })
    return compacting
  }

  await compact()
  store.journal = { append: record => operationLog.append(encodeJournalRecord(record)) }
  operationLog.onFlushed = () => {
    if (operationLog.bytesInCurrentSegment >= compactAfterBytes && compacting === undefined) {
      compact().catch(error => log(`database: compaction failed: ${error instanceof Error ? error.message : String(error)}`))
    }
  }
  return {
    compact,
    close: async () => {
      await operationLog.flushed()
      if (compacting !== undefined) await compacting
      await compact()
      store.journal = { append: () => Promise.reject(new Error('the emulator is stopped: its database is closed')) }
      await operationLog.close()
    },
  }
}
