import tcb from '@cloudbase/node-sdk'

type CloudbaseApp = ReturnType<typeof tcb.init>
export type Database = ReturnType<CloudbaseApp['database']>

let app: CloudbaseApp | undefined

/**
 * The one SDK instance of a function. `SYMBOL_CURRENT_ENV` makes it talk to the environment the
 * function runs in: CloudBase in production, the local emulator (via TCB_CONTEXT_CNFG) locally.
 */
export function cloudbaseApp(): CloudbaseApp {
  app ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })
  return app
}

export function database(): Database {
  return cloudbaseApp().database()
}
