import { afterEach, describe, expect, it, vi } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator'
import { connectSdk } from './sdk'
import { FIXTURES } from './start-services'

/*
 * A function runs as a pool of instances, each its own process, as SCF scales a function out; each
 * instance runs up to its instanceConcurrencyConfig.maxConcurrency invocations at once.
 */

let emulator: RunningEmulator | undefined
afterEach(async () => {
  await emulator?.stop()
  emulator = undefined
})

async function start(functionInstances: number, functionInitTimeoutSeconds?: number): Promise<RunningEmulator> {
  emulator = await startEmulator({
    inMemory: true,
    database: { collections: [{ name: 'arrivals' }] },
    functionsDir: `${FIXTURES}/functions`,
    cloudbaserc: `${FIXTURES}/cloudbaserc.json`,
    functionTimers: 'manual',
    functionInstances,
    ...(functionInitTimeoutSeconds === undefined ? {} : { functionInitTimeoutSeconds }),
  })
  return emulator
}

interface Overlap {
  readonly pid: number
  readonly mostAtOnce: number
}

describe('function instances', () => {
  it('serves parallel calls of one function in separate processes at the same time', async () => {
    const running = await start(2)
    const app = connectSdk(running.adminUrl)
    // Each call returns only once both have arrived, and an instance takes one call at a time here.
    const results = await Promise.all([1, 2].map(() => app.callFunction({ name: 'rendezvous', data: { group: 'pair', expected: 2 } })))
    const pids = results.map(result => (result.result as { pid: number }).pid)
    expect(new Set(pids).size).toBe(2)
    expect(running.functions?.instanceCount('rendezvous')).toBe(2)
  })

  it('never starts more instances than configured', async () => {
    const running = await start(2)
    const app = connectSdk(running.adminUrl)
    for (let round = 0; round < 3; round += 1) {
      const results = await Promise.all(Array.from({ length: 40 }, () => app.callFunction({ name: 'overlap', data: { holdMs: 20 } })))
      expect(new Set(results.map(result => (result.result as Overlap).pid)).size).toBeLessThanOrEqual(2)
      expect(running.functions?.instanceCount('overlap')).toBeLessThanOrEqual(2)
    }
  })

  it('runs many invocations at once in one instance by default, and one at a time with maxConcurrency 1', async () => {
    const running = await start(1)
    const app = connectSdk(running.adminUrl)
    const many = await Promise.all(Array.from({ length: 5 }, () => app.callFunction({ name: 'overlap', data: { holdMs: 50 } })))
    expect(Math.max(...many.map(result => (result.result as Overlap).mostAtOnce))).toBeGreaterThan(1)
    const single = await Promise.all(Array.from({ length: 5 }, () => app.callFunction({ name: 'overlap-single', data: { holdMs: 10 } })))
    expect(single.map(result => (result.result as Overlap).mostAtOnce)).toEqual([1, 1, 1, 1, 1])
    expect(new Set(single.map(result => (result.result as Overlap).pid)).size).toBe(1)
  })

  it('keeps 200 parallel callers apart across instances, each seeing only its own openid', async () => {
    const running = await start(4)
    const functions = running.functions
    if (functions === undefined) throw new Error('no functions host')
    const callers = Array.from({ length: 200 }, (_, index) => `o-pool-${index}`)
    const results = await Promise.all(callers.map((openid, index) =>
      functions.invoke('whoami', { delayMs: (index * 7) % 25, tag: index }, { kind: 'client', openid, appid: 'wx-local-app' })))
    results.forEach(({ result }, index) => expect(result).toEqual({ before: callers[index], after: callers[index], tag: index, processOpenid: null }))
  })

  it('bounds a cold start by the initialisation timeout, as SCF does, not by the function\'s time limit', async () => {
    // slow-start takes 3 s to load against a 1 s time limit: the call still runs once the instance is up.
    const app = connectSdk((await start(2)).adminUrl)
    expect((await app.callFunction({ name: 'slow-start', data: {} })).result).toEqual({ loaded: true })
  })

  it('fails the calls waiting on an instance that does not load within the initialisation timeout', async () => {
    const running = await start(2, 3)
    // Blocks its process for longer than the 3 s allowed to load.
    const error = await connectSdk(running.adminUrl).callFunction({ name: 'slow-start', data: {} }).then(
      () => undefined,
      (failure: { code?: string; message?: string }) => failure,
    )
    expect(error).toMatchObject({ code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED', message: 'Initializing the function timed out after 3 seconds' })
  })

  it('starts no instance while nothing calls: a crashed instance is replaced by the next call', async () => {
    const running = await start(2)
    const app = connectSdk(running.adminUrl)
    const crash = await app.callFunction({ name: 'crasher', data: { mode: 'exit' } }).then(() => undefined, (error: { code?: string }) => error.code)
    expect(crash).toBe('FUNCTIONS_EXECUTE_FAIL')
    await vi.waitFor(() => expect(running.functions?.instanceCount('crasher')).toBe(0))
    expect(typeof ((await app.callFunction({ name: 'crasher', data: {} })).result as { pid: number }).pid).toBe('number')
    expect(running.functions?.instanceCount('crasher')).toBe(1)
  })

  it('keeps serving from the other instances while one times out', async () => {
    const running = await start(2)
    const app = connectSdk(running.adminUrl)
    const [timedOut, served] = await Promise.allSettled([
      app.callFunction({ name: 'sleepy', data: {} }),
      (async () => {
        await app.callFunction({ name: 'sleepy', data: { ms: 1 } })
        return app.callFunction({ name: 'sleepy', data: { ms: 1 } })
      })(),
    ])
    expect(timedOut.status === 'rejected' && (timedOut.reason as { code?: string }).code).toBe('FUNCTIONS_TIME_LIMIT_EXCEEDED')
    expect(served.status === 'fulfilled' && served.value.result).toEqual({ slept: 1 })
  })
})
