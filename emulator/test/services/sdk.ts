import tcb from '@cloudbase/node-sdk'

// Every process that uses the SDK locally sets TENCENTCLOUD=true, or each request first probes a
// cloud metadata host. The SDK reads it when initialised and at each request, not on import.
process.env.TENCENTCLOUD = 'true'

export type CloudbaseApp = ReturnType<typeof tcb.init>

/** The real SDK pointed at an emulator, as scripts and tests use it. */
export function connectSdk(adminUrl: string): CloudbaseApp {
  return tcb.init({ serviceUrl: adminUrl, secretId: 'local', secretKey: 'local', env: 'local' })
}
