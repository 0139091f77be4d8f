import tcb from '@cloudbase/node-sdk'

/**
 * The real SDK pointed at a local emulator, for scripts and tests. `TENCENTCLOUD=true` stops the SDK
 * probing a cloud metadata host before every request (65 ms each, and a 9 s hang at exit).
 */
export function localCloudbase(adminUrl: string) {
  process.env.TENCENTCLOUD = 'true'
  return tcb.init({ serviceUrl: adminUrl, secretId: 'local', secretKey: 'local', env: 'local' })
}

export type LocalCloudbase = ReturnType<typeof localCloudbase>
