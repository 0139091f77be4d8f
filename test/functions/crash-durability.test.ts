import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { spawnEmulator, type SpawnedEmulator } from '../../emulator/test/helpers/spawn-emulator'
import { localCloudbase } from '../../scripts/local-cloudbase'
import { seedDemoUsers } from '../../scripts/seed/demo-users'

/**
 * Durability at the level of a whole function: a stream of createStation calls runs through the real
 * stations function in an emulator process that is killed with SIGKILL mid-stream and started again on
 * the same data. Every station the function acknowledged must have its audit entry, and a retry of any
 * call (acknowledged or cut off) must answer as the first time did, never "duplicate station".
 */

const root = resolve(__dirname, '..', '..')
const dataDir = mkdtempSync(join(tmpdir(), 'crash-durability-'))
const STREAMS = 12
const ACKNOWLEDGED_BEFORE_KILL = 60

const emulatorArgs = [
  '--data', dataDir,
  '--db-config', join(root, 'database', 'collections.json'),
  '--functions', join(root, 'dist', 'cloudfunctions'),
  '--cloudbaserc', join(root, 'cloudbaserc.json'),
]

let running: SpawnedEmulator | null = null

afterAll(async () => {
  if (running !== null && running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill('SIGTERM')
    await running.exited()
  }
  rmSync(dataDir, { recursive: true, force: true })
})

type Answer = { ok: true; data: { id: string; version: number } } | { ok: false; error: { code: string; message: string } }

function stationPayload(index: number) {
  return {
    station: {
      code: `CRASH-${index}`,
      name: `断电测试驿站 ${index}`,
      address: `荆州市沙市区测试路 ${index} 号`,
      location: { lng: 112.24 + index / 100_000, lat: 30.32 },
      hours: { kind: 'always' },
      amenities: ['water'],
      photos: [],
      status: 'active',
    },
    verifiedToday: true,
  }
}

const requestIdOf = (index: number) => `crash-create-${String(index).padStart(5, '0')}`

async function createStation(emulator: SpawnedEmulator, index: number): Promise<Answer> {
  const origin = emulator.adminUrl.replace(/\/admin$/, '')
  const response = await fetch(`${origin}/client/functions/stations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': 'demo-staff' },
    body: JSON.stringify({ action: 'createStation', payload: stationPayload(index), requestId: requestIdOf(index) }),
  })
  const body = (await response.json()) as { result?: Answer }
  if (!response.ok || body.result === undefined) throw new Error(`gateway answered ${response.status}`)
  return body.result
}

describe('a crash in the middle of audited writes', () => {
  it('leaves every acknowledged station with its audit entry, and every retry replays the first answer', async () => {
    running = await spawnEmulator(emulatorArgs)
    await seedDemoUsers(localCloudbase(running.adminUrl).database(), new Date())
    const first = running

    const acknowledged = new Map<number, Answer>()
    const cutOff = new Set<number>()
    let next = 0
    let killed = false
    const kill = () => {
      if (killed) return
      killed = true
      first.child.kill('SIGKILL')
    }
    const stream = async () => {
      while (!killed) {
        const index = next
        next += 1
        try {
          const answer = await createStation(first, index)
          if (!answer.ok) throw new Error(`station ${index} was refused: ${answer.error.code} ${answer.error.message}`)
          acknowledged.set(index, answer)
          if (acknowledged.size >= ACKNOWLEDGED_BEFORE_KILL) kill()
        } catch (error) {
          if (!killed) throw error
          // The emulator died with this call in flight: its answer never came.
          cutOff.add(index)
        }
      }
    }
    await Promise.all(Array.from({ length: STREAMS }, stream))
    await first.exited()
    expect(acknowledged.size).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL)

    running = await spawnEmulator(emulatorArgs)
    const second = running
    const db = localCloudbase(second.adminUrl).database()
    const audits = (await db.collection('audit_logs').where({ functionName: 'stations', action: 'createStation' }).limit(1000).get()).data as {
      requestId: string
      target: { stationId: string }
    }[]
    const auditedRequests = new Set(audits.map(entry => entry.requestId))

    for (const [index, answer] of acknowledged) {
      expect(auditedRequests.has(requestIdOf(index)), `acknowledged station ${index} has its audit entry`).toBe(true)
      expect(await createStation(second, index), `a retry of acknowledged station ${index} replays its answer`).toEqual(answer)
    }
    for (const index of cutOff) {
      const retry = await createStation(second, index)
      expect(retry, `a retry of cut-off station ${index}`).toMatchObject({ ok: true })
    }

    // Cut off or not, each station that exists now was audited exactly once.
    const stations = (await db.collection('stations').where({ code: db.RegExp({ regexp: '^CRASH-' }) }).limit(1000).get()).data as { _id: string }[]
    const afterRetries = (await db.collection('audit_logs').where({ functionName: 'stations', action: 'createStation' }).limit(1000).get()).data as {
      target: { stationId: string }
    }[]
    expect(stations.length).toBe(acknowledged.size + cutOff.size)
    expect(afterRetries.map(entry => entry.target.stationId).sort()).toEqual(stations.map(station => station._id).sort())
  })
})
