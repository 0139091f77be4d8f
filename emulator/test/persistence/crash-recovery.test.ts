import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { connectSdk, type SdkDatabase } from '../helpers/sdk-emulator'
import { spawnEmulator, type SpawnedEmulator } from '../helpers/spawn-emulator'

const CONFIG = { collections: [{ name: 'events', indexes: [{ keys: { worker: 1 } }] }, { name: 'counters' }] }
const running: SpawnedEmulator[] = []
const folders: string[] = []

function dataFolder(): { data: string; config: string } {
  const folder = mkdtempSync(join(tmpdir(), 'emulator-persistence-'))
  folders.push(folder)
  const config = join(folder, 'db-config.json')
  writeFileSync(config, JSON.stringify(CONFIG))
  return { data: join(folder, 'data'), config }
}

async function start(folder: { data: string; config: string }): Promise<{ emulator: SpawnedEmulator; db: SdkDatabase }> {
  const emulator = await spawnEmulator(['--data', folder.data, '--db-config', folder.config])
  running.push(emulator)
  return { emulator, db: connectSdk(emulator.adminUrl).database() }
}

async function allIds(db: SdkDatabase): Promise<Set<string>> {
  const ids = new Set<string>()
  for (let offset = 0; ; offset += 1000) {
    const page = await db.collection('events').field({ _id: true }).orderBy('_id', 'asc').skip(offset).limit(1000).get()
    for (const doc of page.data as { _id: string }[]) ids.add(doc._id)
    if (page.data.length < 1000) return ids
  }
}

afterEach(async () => {
  for (const emulator of running.splice(0)) {
    if (emulator.child.exitCode === null && emulator.child.signalCode === null) {
      emulator.child.kill('SIGKILL')
      await emulator.exited()
    }
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

describe('persistence', () => {
  it('keeps every acknowledged write, and no half of a batch, after kill -9 in the middle of a stream of writes', async () => {
    const folder = dataFolder()
    const first = await start(folder)
    await first.db.collection('counters').add({ _id: 'counter', n: 0 })
    const acknowledged = new Set<string>()
    const batches: string[][] = []
    let acknowledgedIncrements = 0
    let attemptedIncrements = 0
    let stopping = false
    let killed = false
    const _ = first.db.command
    const worker = async (workerNumber: number): Promise<void> => {
      for (let step = 0; !stopping; step += 1) {
        const id = `w${workerNumber}-${String(step).padStart(5, '0')}`
        try {
          if (step % 3 === 0) {
            const batch = [`${id}-a`, `${id}-b`, `${id}-c`]
            batches.push(batch)
            await first.db.collection('events').add(batch.map(_id => ({ _id, worker: workerNumber, step })))
            batch.forEach(each => acknowledged.add(each))
          } else if (step % 3 === 1) {
            await first.db.collection('events').add({ _id: id, worker: workerNumber, step, payload: 'x'.repeat(200) })
            acknowledged.add(id)
          } else {
            attemptedIncrements += 1
            await first.db.collection('counters').where({ _id: 'counter' }).update({ n: _.inc(1) })
            acknowledgedIncrements += 1
          }
        } catch (error) {
          if (!killed) throw error
          return
        }
        if (acknowledged.size >= 600 && !killed) {
          killed = true
          first.emulator.child.kill('SIGKILL')
        }
      }
    }
    const workers = Array.from({ length: 8 }, (_unused, n) => worker(n))
    await first.emulator.exited()
    stopping = true
    await Promise.all(workers)
    expect(killed).toBe(true)

    const second = await start(folder)
    const recovered = await allIds(second.db)
    const missing = [...acknowledged].filter(id => !recovered.has(id))
    expect(missing).toEqual([])
    for (const batch of batches) {
      const present = batch.filter(id => recovered.has(id)).length
      expect(present === 0 || present === batch.length, `batch ${batch.join(',')} is half there`).toBe(true)
    }
    const counter = await second.db.collection('counters').doc('counter').get()
    expect(counter.data[0].n).toBeGreaterThanOrEqual(acknowledgedIncrements)
    expect(counter.data[0].n).toBeLessThanOrEqual(attemptedIncrements)
    second.emulator.child.kill('SIGTERM')
    expect(await second.emulator.exited()).toBe(0)
  })

  it('restarts cleanly after SIGTERM from a snapshot, with the same documents and a compacted log', async () => {
    const folder = dataFolder()
    const first = await start(folder)
    await first.db.collection('events').add(Array.from({ length: 50 }, (_, n) => ({ _id: `e${n}`, worker: n % 3, at: new Date(n * 1000) })))
    await first.db.collection('events').doc('e7').update({ edited: true })
    await first.db.collection('events').doc('e8').remove()
    await first.db.createCollection('created_at_runtime')
    first.emulator.child.kill('SIGTERM')
    expect(await first.emulator.exited()).toBe(0)
    const databaseFolder = join(folder.data, 'database')
    const logBytes = readdirSync(databaseFolder).filter(name => name.startsWith('oplog-')).map(name => readFileSync(join(databaseFolder, name)).length)
    expect(logBytes.every(bytes => bytes === 0)).toBe(true)

    const second = await start(folder)
    expect((await second.db.collection('events').count()).total).toBe(49)
    expect((await second.db.collection('events').doc('e7').get()).data).toEqual([{ _id: 'e7', worker: 1, at: new Date(7000), edited: true }])
    expect((await second.db.collection('events').where({ worker: 2 }).count()).total).toBe(15)
    await second.db.collection('created_at_runtime').add({ ok: true })
    second.emulator.child.kill('SIGTERM')
    expect(await second.emulator.exited()).toBe(0)
  })

  it('starts empty with --reset, keeping the declared collections', async () => {
    const folder = dataFolder()
    const first = await start(folder)
    await first.db.collection('events').add({ worker: 1 })
    first.emulator.child.kill('SIGTERM')
    await first.emulator.exited()
    const second = await spawnEmulator(['--data', folder.data, '--db-config', folder.config, '--reset'])
    running.push(second)
    const db = connectSdk(second.adminUrl).database()
    expect((await db.collection('events').count()).total).toBe(0)
    second.child.kill('SIGTERM')
    expect(await second.exited()).toBe(0)
  })
})
