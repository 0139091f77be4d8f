import { join } from 'node:path'
import { ActionRegistry } from './action-registry'
import { DEFAULT_DATA_DIR, prepareDataDirectory } from './data-directory'
import { declaredIndexes, parseDatabaseConfig, readDatabaseConfig, type DatabaseConfigFile } from './database/database-config'
import { DatabaseStore } from './database/database-store'
import { installDatabase, type DatabaseService } from './database/install-database'
import { installFunctionsHost, type FunctionsHostService } from './functions/install-functions-host'
import { installClientGateway, type ClientGatewayService } from './gateway/install-client-gateway'
import { installHosting, type HostingService } from './hosting/install-hosting'
import { startHttpServer } from './http/server'
import { RouteTable } from './http/route-table'
import { openDatabasePersistence, type DatabasePersistence } from './persistence/database-persistence'
import type { ServiceContext } from './service-context'
import { installStorage, type StorageService } from './storage/install-storage'
import { readStorageRules } from './storage/storage-rules'
import type { PlainObject } from './values/plain-object'
import { installWxApi, type WxApiOptions, type WxApiService } from './wx/install-wx-api'

/** How to start the emulator. Everything is optional: `startEmulator()` serves an empty persistent database on a free port. */
export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number
  /** Loopback only by default: the emulator is a local tool and does not check signatures. */
  readonly host?: '127.0.0.1'
  /** Data folder for persistent mode; default `.emulator-data` under the working directory. */
  readonly dataDir?: string
  /** Keep everything in memory (tests): nothing is read or written on disk. */
  readonly inMemory?: boolean
  /** Start from empty: delete the data folder's content first. */
  readonly reset?: boolean
  /** Path of the database config (collections and indexes to create at start). */
  readonly databaseConfig?: string
  /** The same config, given directly instead of as a file. */
  readonly database?: DatabaseConfigFile
  /** Folder of built cloud functions (`<dir>/<name>/index.js`). */
  readonly functionsDir?: string
  /** Path of cloudbaserc.json (function settings and timer triggers). */
  readonly cloudbaserc?: string
  /** `manual` runs timer triggers only when fired (tests); `auto` (default) on schedule. */
  readonly functionTimers?: 'auto' | 'manual'
  /** Most instances (processes) each function runs at once; default one per core, 2–4. */
  readonly functionInstances?: number
  /** How long a function instance may take to load, in seconds (SCF's initialisation timeout; default 65). */
  readonly functionInitTimeoutSeconds?: number
  /** Folder of the built web app to serve at `/`. */
  readonly hostingDir?: string
  /** Path of the storage security rules (`{ "read": …, "write": … }`) client uploads are held to; CloudBase's default when absent. */
  readonly storageRules?: string
  /** The wx.api outbox: the subscribe-message templates WeChat knows (sends are checked against them) and the AppID. */
  readonly wx?: WxApiOptions
  /** CloudBase aborts a transaction not finished within 30 s; tests may shorten it. */
  readonly transactionTimeoutMs?: number
  /** Where the emulator's log lines go (default: nowhere). */
  readonly log?: (line: string) => void
}

/** A running emulator: where it listens, its services, and its controls. */
export interface RunningEmulator {
  /** `http://127.0.0.1:<port>/admin`: the SDK's `serviceUrl`. */
  readonly adminUrl: string
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string
  readonly port: number
  /** The data folder, or undefined in memory. */
  readonly dataDir: string | undefined
  /** Direct access to the database (reads for tests, seeding). */
  readonly database: DatabaseService
  readonly wx: WxApiService
  readonly storage: StorageService
  /** Present when functionsDir or cloudbaserc was given. */
  readonly functions: FunctionsHostService | undefined
  /** Present with the functions host: the browser's stand-in for wx.cloud.callFunction. */
  readonly gateway: ClientGatewayService | undefined
  /** Present when hostingDir was given. */
  readonly hosting: HostingService | undefined
  /** Drops every document and collection, recreates the declared collections, clears the wx outbox. */
  reset(): Promise<void>
  /** Inserts documents directly (all or none); returns their `_id`s. */
  seed(collection: string, documents: readonly PlainObject[]): Promise<unknown[]>
  /** Stops serving; in persistent mode flushes and writes a snapshot. */
  stop(): Promise<void>
}

/** Starts the local CloudBase emulator. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const log = options.log ?? (() => undefined)
  const config = options.database !== undefined
    ? parseDatabaseConfig(options.database, 'the database option')
    : options.databaseConfig === undefined ? { collections: [] } : await readDatabaseConfig(options.databaseConfig)
  const store = new DatabaseStore(declaredIndexes(config))
  const dataDir = options.inMemory === true ? undefined : prepareDataDirectory(options.dataDir ?? DEFAULT_DATA_DIR, options.reset === true)
  let persistence: DatabasePersistence | undefined
  if (dataDir !== undefined) {
    persistence = await openDatabasePersistence(store, join(dataDir, 'database'), { log })
  }
  await store.ensureDeclaredCollections()

  let origin: string | undefined
  const listening = (): string => {
    if (origin === undefined) throw new Error('the emulator is not listening yet')
    return origin
  }
  const context: ServiceContext = {
    registry: new ActionRegistry(),
    routes: new RouteTable(),
    dataDir,
    origin: listening,
    adminUrl: () => `${listening()}/admin`,
    log,
  }
  const database = installDatabase(context, { store, transactionTimeoutMs: options.transactionTimeoutMs })
  const wx = installWxApi(context, options.wx)
  const storage = installStorage(context, { rules: options.storageRules === undefined ? undefined : await readStorageRules(options.storageRules) })
  const functions = options.functionsDir !== undefined || options.cloudbaserc !== undefined
    ? installFunctionsHost(context, {
      functionsDir: options.functionsDir,
      cloudbaserc: options.cloudbaserc,
      timers: options.functionTimers,
      ...(options.functionInstances === undefined ? {} : { instances: options.functionInstances }),
      ...(options.functionInitTimeoutSeconds === undefined ? {} : { initTimeoutSeconds: options.functionInitTimeoutSeconds }),
    })
    : undefined
  const gateway = functions === undefined ? undefined : installClientGateway(context, functions, storage)
  const hosting = options.hostingDir === undefined ? undefined : installHosting(context, { dir: options.hostingDir })

  const http = await startHttpServer({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    registry: context.registry,
    routes: context.routes,
    onUnexpectedError: error => log(`internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
  })
  origin = http.origin
  let stopped: Promise<void> | undefined

  return {
    adminUrl: `${http.origin}/admin`,
    origin: http.origin,
    port: http.port,
    dataDir,
    database,
    wx,
    storage,
    functions,
    gateway,
    hosting,
    reset: async () => {
      database.transactions.close()
      wx.clearOutbox()
      await store.reset()
    },
    seed: (collection, documents) => database.seed(collection, documents),
    stop: () => {
      stopped ??= (async () => {
        functions?.close()
        await http.close()
        database.transactions.dispose()
        await persistence?.close()
      })()
      return stopped
    },
  }
}
