import { join } from 'node:path'
import { ActionRegistry } from '../../src/action-registry'
import { installFunctionsHost, type FunctionsHostOptions, type FunctionsHostService } from '../../src/functions/install-functions-host'
import { installClientGateway } from '../../src/gateway/install-client-gateway'
import { installHosting } from '../../src/hosting/install-hosting'
import { startHttpServer } from '../../src/http/server'
import { RouteTable } from '../../src/http/route-table'
import type { ServiceContext } from '../../src/service-context'
import { installStorage, type StorageService } from '../../src/storage/install-storage'
import type { StorageRules } from '../../src/storage/storage-rules'
import { installWxApi, type WxApiOptions, type WxApiService } from '../../src/wx/install-wx-api'

export const FIXTURES = join(__dirname, '..', 'fixtures')

/** What a test asks to be installed; each service only when asked for. */
export interface ServicesSetup {
  readonly functions?: Partial<FunctionsHostOptions>
  readonly wx?: WxApiOptions
  readonly storage?: boolean
  /** The storage security rules client uploads are held to (CloudBase's default when absent). */
  readonly storageRules?: StorageRules
  readonly gateway?: boolean
  readonly hostingDir?: string
  readonly dataDir?: string
}

/** A running emulator composed of the services under test, on a free loopback port. */
export interface RunningServices {
  readonly origin: string
  readonly adminUrl: string
  readonly functions: FunctionsHostService | undefined
  readonly wx: WxApiService | undefined
  readonly storage: StorageService | undefined
  readonly logs: string[]
  close(): Promise<void>
}

/**
 * Composes the services the way the emulator does (registry + routes + installers + HTTP server),
 * hosting last so it stays the lowest-priority route.
 */
export async function startServices(setup: ServicesSetup): Promise<RunningServices> {
  const registry = new ActionRegistry()
  const routes = new RouteTable()
  const logs: string[] = []
  let origin = ''
  const context: ServiceContext = {
    registry,
    routes,
    dataDir: setup.dataDir,
    origin: () => origin,
    adminUrl: () => `${origin}/admin`,
    log: line => logs.push(line),
  }
  const functions = setup.functions === undefined
    ? undefined
    : installFunctionsHost(context, {
      cloudbaserc: join(FIXTURES, 'cloudbaserc.json'),
      timers: 'manual',
      ...setup.functions,
    })
  const wx = setup.wx === undefined ? undefined : installWxApi(context, setup.wx)
  const storage = setup.storage ? installStorage(context, { rules: setup.storageRules }) : undefined
  if (setup.gateway) {
    if (!functions) throw new Error('the client gateway needs the functions host')
    installClientGateway(context, functions, storage)
  }
  if (setup.hostingDir !== undefined) installHosting(context, { dir: setup.hostingDir })
  const server = await startHttpServer({ port: 0, registry, routes, onUnexpectedError: error => logs.push(`unexpected: ${String(error)}`) })
  origin = server.origin
  return {
    origin,
    adminUrl: `${origin}/admin`,
    functions,
    wx,
    storage,
    logs,
    async close() {
      functions?.close()
      await server.close()
    },
  }
}
