import type { ActionRegistry } from './action-registry'
import type { RouteTable } from './http/route-table'

/**
 * What every emulator service (database, functions, wx, storage, gateway, hosting) is installed with.
 * A service registers its admin actions on `registry`, its other HTTP routes on `routes`,
 * and keeps its files under `dataDir` when the emulator persists.
 */
export interface ServiceContext {
  /** Admin actions (`POST /admin`), by action name. */
  readonly registry: ActionRegistry
  /** Non-admin HTTP routes (upload/download URLs, gateway, hosting). */
  readonly routes: RouteTable
  /** The emulator's data folder; `undefined` when it runs in memory. */
  readonly dataDir: string | undefined
  /** `http://127.0.0.1:<port>`: valid once the server listens (call it lazily, not at install time). */
  origin(): string
  /** `http://127.0.0.1:<port>/admin`: what the SDK's `serviceUrl` must be; valid once the server listens. */
  adminUrl(): string
  /** One line to the emulator's log. */
  log(line: string): void
}
