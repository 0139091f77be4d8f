import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

let env: SdkEmulator
let folder: string
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'emulator-composition-'))
  mkdirSync(join(folder, 'echo'))
  writeFileSync(join(folder, 'echo', 'index.js'), 'exports.main = async (event) => ({ echoed: event })\n')
  env = await startSdkEmulator({ functionsDir: folder, functionTimers: 'manual', database: { collections: [{ name: 'c' }] } })
})
afterAll(async () => {
  await env.stop()
  rmSync(folder, { recursive: true, force: true })
})

describe('the composed emulator', () => {
  it('serves the database and the functions host on one admin URL', async () => {
    await env.db.collection('c').add({ _id: 'x' })
    const called = await env.app.callFunction({ name: 'echo', data: { n: 1 } })
    expect(called.result).toEqual({ echoed: { n: 1 } })
    expect(env.emulator.functions).toBeDefined()
    expect(env.emulator.gateway?.urlFor('echo')).toBe(`${env.emulator.origin}/client/functions/echo`)
  })

  it('exposes the wx outbox and storage, and reports where it listens', () => {
    expect(env.emulator.wx.outbox()).toEqual([])
    expect(env.emulator.storage.files()).toEqual([])
    expect(env.emulator.adminUrl).toBe(`http://127.0.0.1:${env.emulator.port}/admin`)
    expect(env.emulator.dataDir).toBeUndefined()
  })
})
