import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { FunctionsHostService } from '../../src/functions/install-functions-host'
import { connectSdk, type CloudbaseApp } from './sdk'
import { startServices, type RunningServices } from './start-services'

interface EchoResult {
  event: unknown
  context: Record<string, unknown>
  environment: Record<string, string>
  cloudbaseContext: Record<string, string>
  env: Record<string, string>
  cwd: string
  localHour: number
}

function errorOf(promise: Promise<unknown>): Promise<{ code?: string; message?: string }> {
  return promise.then(
    () => { throw new Error('expected the call to fail') },
    (error: { code?: string; message?: string }) => error,
  )
}

describe('functions host', () => {
  let emulator: RunningServices
  let functions: FunctionsHostService
  let app: CloudbaseApp

  beforeAll(async () => {
    emulator = await startServices({ functions: {} })
    if (!emulator.functions) throw new Error('functions host not installed')
    functions = emulator.functions
    app = connectSdk(emulator.adminUrl)
  })

  afterAll(async () => {
    await emulator.close()
  })

  it('invokes a function through the SDK and returns its result', async () => {
    const { result } = await app.callFunction({ name: 'echo', data: { hello: 'world', n: 1 } })
    const echo = result as EchoResult
    expect(echo.event).toEqual({ hello: 'world', n: 1 })
    expect(echo.context).toMatchObject({
      function_name: 'echo',
      function_version: '$LATEST',
      namespace: 'local',
      memory_limit_in_mb: 128,
      time_limit_in_ms: 5000,
    })
    expect(typeof echo.context.request_id).toBe('string')
  })

  it('gives a function the process environment of SCF, with its cloudbaserc env variables and TZ=UTC', async () => {
    const { result } = await app.callFunction({ name: 'echo', data: {} })
    const { env, localHour, cwd } = result as EchoResult
    expect(env).toMatchObject({
      TENCENTCLOUD: 'true',
      TENCENTCLOUD_RUNENV: 'SCF',
      SCF_NAMESPACE: 'local',
      TCB_ENV: 'local',
      TZ: 'UTC',
      GREETING: 'hello',
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: emulator.adminUrl }),
    })
    expect(env.TENCENTCLOUD_SECRETID).not.toBe('')
    expect(localHour).toBe(16)
    expect(cwd.endsWith('/functions/echo')).toBe(true)
  })

  it("never shows a function the emulator's own environment variables", async () => {
    process.env.EMULATOR_ONLY_SECRET = 'do-not-leak'
    try {
      const { result } = await app.callFunction({ name: 'echo', data: {} })
      expect((result as EchoResult).env.EMULATOR_ONLY_SECRET).toBeUndefined()
    } finally {
      delete process.env.EMULATOR_ONLY_SECRET
    }
  })

  it('marks a call from the server SDK with no openid and a server source', async () => {
    const { result } = await app.callFunction({ name: 'echo', data: {} })
    const { environment, cloudbaseContext } = result as EchoResult
    expect(environment.WX_OPENID).toBeUndefined()
    expect(environment.TRIGGER_SRC).toBeUndefined()
    // The test process runs the SDK with TENCENTCLOUD=true, so its run-environment tag is `tencentcloud`.
    expect(environment.TCB_SOURCE).toBe('tencentcloud')
    expect(cloudbaseContext.TCB_ENV).toBe('local')
  })

  it('leaves the emulator process.env untouched by invocations', async () => {
    const before = { ...process.env }
    await Promise.all([
      app.callFunction({ name: 'echo', data: {} }),
      functions.invoke('whoami', { delayMs: 5 }, { kind: 'client', openid: 'o-env-check', appid: 'wx-local-app' }),
      functions.fireTrigger('nightly', 'midnight'),
    ])
    expect(process.env).toEqual(before)
    expect(process.env.WX_OPENID).toBeUndefined()
  })

  it('answers FUNCTION_NOT_FOUND for a function that is not built', async () => {
    const error = await errorOf(app.callFunction({ name: 'no-such-function', data: {} }))
    expect(error.code).toBe('FUNCTION_NOT_FOUND')
    expect(error.message).toContain('no-such-function')
  })

  it('refuses function names that try to leave the functions folder', async () => {
    const error = await errorOf(app.callFunction({ name: '../fixtures', data: {} }))
    expect(error.code).toBe('FUNCTION_NOT_FOUND')
  })

  it.each([
    ['throw', 'Error: boom: thrown'],
    ['reject', 'TypeError: boom: rejected'],
    ['callback', 'Error: boom: callback'],
  ])('answers FUNCTIONS_EXECUTE_FAIL with the message when a function fails by %s', async (mode, message) => {
    const error = await errorOf(app.callFunction({ name: 'thrower', data: { mode } }))
    expect(error.code).toBe('FUNCTIONS_EXECUTE_FAIL')
    expect(error.message).toContain(message)
    expect(error.message).toContain('thrower/index.js')
    expect(error.message).not.toContain('function-runner')
  })

  it('accepts a result delivered through the callback', async () => {
    const { result } = await app.callFunction({ name: 'thrower', data: { mode: 'callback-ok' } })
    expect(result).toEqual({ via: 'callback' })
  })

  it('answers FUNCTIONS_TIME_LIMIT_EXCEEDED past the function timeout, and the next call works', async () => {
    const error = await errorOf(app.callFunction({ name: 'sleepy', data: {} }))
    expect(error.code).toBe('FUNCTIONS_TIME_LIMIT_EXCEEDED')
    expect(error.message).toBe('Invoking task timed out after 1 seconds')
    const { result } = await app.callFunction({ name: 'sleepy', data: { ms: 1 } })
    expect(result).toEqual({ slept: 1 })
  })

  it('fails the invocation and starts a fresh process when a function exits its process', async () => {
    const error = await errorOf(app.callFunction({ name: 'crasher', data: { mode: 'exit' } }))
    expect(error.code).toBe('FUNCTIONS_EXECUTE_FAIL')
    expect(error.message).toContain('exited (code 3)')
    const { result } = await app.callFunction({ name: 'crasher', data: {} })
    expect(typeof (result as { pid: number }).pid).toBe('number')
  })

  it('fails the invocation on an uncaught exception inside the function', async () => {
    const error = await errorOf(app.callFunction({ name: 'crasher', data: { mode: 'uncaught' } }))
    expect(error.code).toBe('FUNCTIONS_EXECUTE_FAIL')
    expect(error.message).toContain('boom: uncaught')
  })

  it('answers FUNCTIONS_EXECUTE_FAIL when the function module cannot be loaded', async () => {
    const error = await errorOf(app.callFunction({ name: 'broken', data: {} }))
    expect(error.code).toBe('FUNCTIONS_EXECUTE_FAIL')
    expect(error.message).toContain("Cannot find module './module-that-was-not-bundled'")
  })

  it('keeps the process warm between calls', async () => {
    const first = await app.callFunction({ name: 'crasher', data: {} })
    const second = await app.callFunction({ name: 'crasher', data: {} })
    expect((second.result as { pid: number }).pid).toBe((first.result as { pid: number }).pid)
  })

  it("passes a function's console output to the emulator log, prefixed with its name", async () => {
    await app.callFunction({ name: 'echo', data: { marker: 'log-me' } })
    await vi.waitFor(() => expect(emulator.logs).toContain('[echo] echo called with {"marker":"log-me"}'))
  })

  it('gives a function called by another function no openid and the scf source', async () => {
    const { result } = await functions.invoke('caller', { payload: 7 }, { kind: 'client', openid: 'o-alice', appid: 'wx-local-app' })
    const { myOpenid, callee } = result as { myOpenid: string; callee: EchoResult }
    expect(myOpenid).toBe('o-alice')
    expect(callee.event).toEqual({ from: 'caller', payload: 7 })
    expect(callee.environment.WX_OPENID).toBeUndefined()
    expect(callee.environment.TCB_SOURCE).toBe('scf')
  })

  it('keeps 200 concurrent callers apart: each sees only its own openid, across awaits', async () => {
    const callers = Array.from({ length: 200 }, (_, index) => `o-user-${index}`)
    const results = await Promise.all(callers.map((openid, index) =>
      functions.invoke('whoami', { delayMs: (index * 7) % 25, tag: index }, { kind: 'client', openid, appid: 'wx-local-app' })))
    results.forEach(({ result }, index) => {
      expect(result).toEqual({ before: callers[index], after: callers[index], tag: index, processOpenid: null })
    })
  })
})

describe('functions host with functions being rebuilt', () => {
  const functionsDir = mkdtempSync(join(tmpdir(), 'emulator-functions-'))
  let emulator: RunningServices

  function writeVersion(version: number, mtimeSeconds: number): void {
    const file = join(functionsDir, 'versioned', 'index.js')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, `exports.main = async () => ({ version: ${version}, pid: process.pid })\n`)
    utimesSync(file, mtimeSeconds, mtimeSeconds)
  }

  beforeAll(async () => {
    writeVersion(1, 1_700_000_000)
    emulator = await startServices({ functions: { functionsDir, cloudbaserc: undefined } })
  })

  afterAll(async () => {
    await emulator.close()
    rmSync(functionsDir, { recursive: true, force: true })
  })

  it('runs a function found in the folder with CloudBase defaults when cloudbaserc.json does not list it', async () => {
    const { result } = await connectSdk(emulator.adminUrl).callFunction({ name: 'versioned', data: {} })
    expect(result).toMatchObject({ version: 1 })
  })

  it('restarts the process with the new code after a rebuild', async () => {
    const app = connectSdk(emulator.adminUrl)
    const before = (await app.callFunction({ name: 'versioned', data: {} })).result as { version: number; pid: number }
    writeVersion(2, 1_700_000_100)
    const after = (await app.callFunction({ name: 'versioned', data: {} })).result as { version: number; pid: number }
    expect(before.version).toBe(1)
    expect(after.version).toBe(2)
    expect(after.pid).not.toBe(before.pid)
  })
})
