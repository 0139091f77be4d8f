import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { documentIdKey } from '../../src/database/document-id'
import type { Document } from '../../src/database/document'
import { DatabaseStore } from '../../src/database/database-store'
import { OperationLog } from '../../src/persistence/operation-log'
import { openDatabasePersistence } from '../../src/persistence/database-persistence'
import { ObjectIdValue } from '../../src/values/object-id'

const folders: string[] = []
afterEach(() => {
  for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true })
})

function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'emulator-oplog-'))
  folders.push(path)
  return path
}

function put(store: DatabaseStore, collection: string, doc: Document): Promise<void> {
  return store.commit([{ collection, ops: [{ key: documentIdKey(doc._id), id: doc._id, after: doc, insert: false }] }])
}

function segments(directory: string): string[] {
  return readdirSync(directory).filter(name => name.startsWith('oplog-')).sort()
}

describe('the operation log', () => {
  it('writes many concurrent appends with fewer flushes (group commit), each resolving once on disk', async () => {
    const directory = folder()
    const log = new OperationLog(directory, 1)
    let flushes = 0
    log.onFlushed = () => { flushes += 1 }
    await Promise.all(Array.from({ length: 200 }, (_, n) => log.append(JSON.stringify({ n }))))
    await log.close()
    const lines = readFileSync(join(directory, 'oplog-000001.jsonl'), 'utf8').trim().split('\n')
    expect(lines.map(line => (JSON.parse(line) as { n: number }).n)).toEqual(Array.from({ length: 200 }, (_, n) => n))
    expect(flushes).toBeLessThan(200)
  })
})

describe('recovery', () => {
  it('replays the log after a crash, values intact, skipping a torn last record', async () => {
    const directory = folder()
    const store = new DatabaseStore()
    await openDatabasePersistence(store, directory)
    await store.createCollection('c')
    await put(store, 'c', { _id: 'a', when: new Date(5), oid: new ObjectIdValue('64b7f0c2a1b2c3d4e5f60718'), nested: { list: [1, null, 'x'] } })
    await put(store, 'c', { _id: 7, n: -0.5 })
    await store.commit([{ collection: 'c', ops: [{ key: documentIdKey('a'), id: 'a', after: null, insert: false }, { key: documentIdKey('b'), id: 'b', after: { _id: 'b' }, insert: true }] }])
    const last = segments(directory).at(-1) ?? ''
    appendFileSync(join(directory, last), '{"s":99,"o":[{"t":"put","c":"c","d":{"_id":"torn"')

    const recovered = new DatabaseStore()
    await openDatabasePersistence(recovered, directory)
    const docs = [...recovered.collection('c').documents()].map(stored => stored.doc)
    expect(docs).toEqual([{ _id: 7, n: -0.5 }, { _id: 'b' }])
    expect(recovered.sequence).toBe(store.sequence)
  })

  it('refuses to start on a log that is unreadable before its last record', async () => {
    const directory = folder()
    const store = new DatabaseStore()
    await openDatabasePersistence(store, directory)
    await store.createCollection('c')
    await put(store, 'c', { _id: 'a' })
    await put(store, 'c', { _id: 'b' })
    const last = join(directory, segments(directory).at(-1) ?? '')
    const lines = readFileSync(last, 'utf8').split('\n')
    writeFileSync(last, [lines[0], '{"s": garbage', ...lines.slice(1)].join('\n'))
    await expect(openDatabasePersistence(new DatabaseStore(), directory)).rejects.toThrow(/unreadable record/)
  })

  it('compacts into a snapshot once the log grows past its threshold, and recovers from both', async () => {
    const directory = folder()
    const store = new DatabaseStore()
    const persistence = await openDatabasePersistence(store, directory, { compactAfterBytes: 2000 })
    await store.createCollection('c')
    for (let n = 0; n < 60; n += 1) await put(store, 'c', { _id: `d${n}`, payload: 'y'.repeat(100) })
    await persistence.compact()
    await put(store, 'c', { _id: 'after-snapshot' })
    expect(readFileSync(join(directory, 'snapshot.jsonl'), 'utf8').split('\n').length).toBeGreaterThan(50)
    expect(segments(directory).length).toBeLessThanOrEqual(2)
    const recovered = new DatabaseStore()
    await openDatabasePersistence(recovered, directory)
    expect(recovered.collection('c').size).toBe(61)
    expect(recovered.collection('c').get(documentIdKey('after-snapshot'))?.doc).toEqual({ _id: 'after-snapshot' })
  })
})
