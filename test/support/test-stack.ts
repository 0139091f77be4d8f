import { join, resolve } from 'node:path'
import type { PayloadOf, ResultOf } from '../../src/domain/contracts/define-contract'
import type { FunctionResponse } from '../../src/domain/contracts/envelope'
import { functionContracts, type ActionName, type FunctionName } from '../../src/domain/contracts/registry'
import { startEmulator, type RunningEmulator } from '../../emulator/src/emulator'
import { localCloudbase, type LocalCloudbase } from '../../scripts/local-cloudbase'
import { localDeclaredTemplates, withLocalTemplateIds } from '../../scripts/local-subscribe-templates'
import { seedDemoUsers } from '../../scripts/seed/demo-users'

const root = resolve(__dirname, '..', '..')

/** Who a test call comes from: a WeChat user (by openid), the timer trigger, or the server SDK. */
export type TestCaller = { readonly openid: string } | 'timer' | 'server'

export interface CallOptions {
  readonly as: TestCaller
  readonly requestId?: string
}

/** The product's backend running for real: built functions in the emulator, reached through the SDK and the gateway. */
export interface TestStack {
  readonly emulator: RunningEmulator
  readonly app: LocalCloudbase
  readonly db: ReturnType<LocalCloudbase['database']>
  /** Calls an action the way its caller would reach it; resolves the function's envelope. */
  call<F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    payload: PayloadOf<(typeof functionContracts)[F]['actions'][A]>,
    options: CallOptions,
  ): Promise<FunctionResponse<ResultOf<(typeof functionContracts)[F]['actions'][A]>>>
  /** Sends an arbitrary event (for malformed and forged requests). */
  callRaw(fn: FunctionName, event: unknown, caller: TestCaller): Promise<unknown>
  /** Every document of every collection, as stable JSON: for "changes nothing" assertions. */
  snapshot(): string
  stop(): Promise<void>
}

export interface TestStackOptions {
  /** Create the demo users (demo-worker, demo-staff, demo-lawyer, demo-admin) with their roles. Default true. */
  readonly demoUsers?: boolean
  /**
   * Configure the local subscribe-message template ids (scripts/local-subscribe-templates.ts), so
   * messages go to the emulator's WeChat outbox, which knows those templates. Default false: no
   * template id is configured, as on a deployment where the service is not open yet.
   */
  readonly subscribeTemplates?: boolean
}

/**
 * Starts an in-memory emulator hosting the built functions (`npm run build:functions` or the
 * vitest global setup builds them), with the product's collections and indexes declared.
 * Client calls go through the emulator's client gateway, exactly as the H5 app sends them.
 */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const start = () => startEmulator({
    inMemory: true,
    databaseConfig: join(root, 'database', 'collections.json'),
    functionsDir: join(root, 'dist', 'cloudfunctions'),
    cloudbaserc: join(root, 'cloudbaserc.json'),
    storageRules: join(root, 'database', 'storage-security-rules.json'),
    functionTimers: 'manual',
    wx: options.subscribeTemplates === true ? { templates: localDeclaredTemplates() } : {},
  })
  const emulator = options.subscribeTemplates === true ? await withLocalTemplateIds(start) : await start()
  const app = localCloudbase(emulator.adminUrl)
  const db = app.database()
  if (options.demoUsers ?? true) await seedDemoUsers(db, new Date())

  const callRaw = async (fn: FunctionName, event: unknown, caller: TestCaller): Promise<unknown> => {
    if (caller === 'timer' || caller === 'server') {
      const functions = emulator.functions
      if (!functions) throw new Error('the test stack has no functions host')
      const { result } = await functions.invoke(fn, event, caller === 'timer' ? { kind: 'timer' } : { kind: 'server', source: 'tencentcloud' })
      return result
    }
    const response = await fetch(`${emulator.origin}/client/functions/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-WX-OPENID': caller.openid },
      body: JSON.stringify(event),
    })
    const body: unknown = await response.json()
    if (!response.ok) throw new Error(`gateway answered ${response.status}: ${JSON.stringify(body)}`)
    return (body as { result: unknown }).result
  }

  return {
    emulator,
    app,
    db,
    call: async (fn, action, payload, callOptions) =>
      (await callRaw(fn, { action, payload, ...(callOptions.requestId ? { requestId: callOptions.requestId } : {}) }, callOptions.as)) as never,
    callRaw,
    snapshot: () => {
      const names = emulator.database.collectionNames().sort()
      return JSON.stringify(names.map(name => [name, emulator.database.find(name, {}, { _id: 1 })]))
    },
    stop: () => emulator.stop(),
  }
}

/** The demo identities as test callers. */
export const asWorker: TestCaller = { openid: 'demo-worker' }
export const asStaff: TestCaller = { openid: 'demo-staff' }
export const asLawyer: TestCaller = { openid: 'demo-lawyer' }
export const asAdmin: TestCaller = { openid: 'demo-admin' }
