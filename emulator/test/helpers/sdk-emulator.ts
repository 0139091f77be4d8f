import { createRequire } from 'node:module'
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator'

// The SDK probes a cloud metadata host before each request unless it is told it runs in Tencent Cloud
// (65 ms per call and a 9 s hang at exit); it reads this at init and request time.
process.env.TENCENTCLOUD = 'true'

type CloudBaseSdk = typeof import('@cloudbase/node-sdk')
type CloudBaseApp = ReturnType<CloudBaseSdk['init']>

const require = createRequire(import.meta.url)

/** The real @cloudbase/node-sdk, loaded after TENCENTCLOUD is set. */
export const tcb: CloudBaseSdk = require('@cloudbase/node-sdk') as CloudBaseSdk

/**
 * The SDK's geometry classes (`db.Geo` at run time; its type declares only Point). The same module
 * instance the SDK uses, so its `instanceof` checks in `_.geoWithin`/`_.geoIntersects` pass.
 */
export const Geo = require('@cloudbase/database/dist/commonjs/geo/index.js') as typeof import('@cloudbase/database/dist/commonjs/geo/index')

/** The database object the SDK gives: what product code uses. */
export type SdkDatabase = ReturnType<CloudBaseApp['database']>

/** What `db.runTransaction` hands its callback and `db.startTransaction` resolves (the SDK types it as any). */
export interface SdkTransaction {
  collection(name: string): ReturnType<SdkDatabase['collection']>
  commit(): Promise<unknown>
  rollback(): Promise<unknown>
}

/** An emulator with the SDK pointed at it. */
export interface SdkEmulator {
  readonly emulator: RunningEmulator
  readonly app: CloudBaseApp
  readonly db: SdkDatabase
  stop(): Promise<void>
}

/** Points a new SDK app at an admin URL, as product code does locally. */
export function connectSdk(adminUrl: string): CloudBaseApp {
  return tcb.init({ serviceUrl: adminUrl, secretId: 'local', secretKey: 'local', env: 'local' })
}

/** Starts an in-memory emulator on a free port (unless told otherwise) and an SDK app pointed at it. */
export async function startSdkEmulator(options: EmulatorOptions = {}): Promise<SdkEmulator> {
  const emulator = await startEmulator({ inMemory: true, port: 0, ...options })
  const app = connectSdk(emulator.adminUrl)
  return { emulator, app, db: app.database(), stop: () => emulator.stop() }
}
