/** The platform this bundle was built for. */
export type Platform = 'weapp' | 'h5'

/** The client's configuration, read once from the TARO_APP_* values baked in at build time. */
export interface ClientEnv {
  readonly platform: Platform
  /** CloudBase environment id for `Taro.cloud.init`; null = the one selected in WeChat DevTools. */
  readonly cloudEnv: string | null
  /** H5: base URL of the emulator's client gateway, without a trailing slash; '' = same origin. */
  readonly gateway: string
  /** H5 served by the local stack: shows the demo identity switcher. */
  readonly localStack: boolean
}

/** The raw strings as the build defines them (config/index.ts always defines all of them). */
export interface RawClientEnv {
  readonly TARO_ENV?: string
  readonly TARO_APP_CLOUD_ENV?: string
  readonly TARO_APP_GATEWAY?: string
  readonly TARO_APP_LOCAL_STACK?: string
}

/** Value of TARO_APP_CLOUD_ENV that means "no fixed environment" (see config/build-env.ts). */
const DEVTOOLS_DEFAULT_CLOUD_ENV = 'local'

/** Checks and normalises the raw values; throws on a value no build should have produced. */
export function readClientEnv(raw: RawClientEnv): ClientEnv {
  const platform = raw.TARO_ENV === 'h5' ? 'h5' : 'weapp'
  const cloudEnv = (raw.TARO_APP_CLOUD_ENV ?? '').trim()
  const gateway = (raw.TARO_APP_GATEWAY ?? '').trim().replace(/\/+$/, '')
  if (gateway !== '' && !/^https?:\/\/\S+$/.test(gateway)) {
    throw new Error(`TARO_APP_GATEWAY must be an http(s) URL, got "${gateway}"`)
  }
  return {
    platform,
    cloudEnv: cloudEnv === '' || cloudEnv === DEVTOOLS_DEFAULT_CLOUD_ENV ? null : cloudEnv,
    gateway,
    localStack: platform === 'h5' && raw.TARO_APP_LOCAL_STACK === 'true',
  }
}

// Each property is spelled out so the build's DefinePlugin replaces it; weapp has no `process`.
export const clientEnv: ClientEnv = readClientEnv({
  TARO_ENV: process.env.TARO_ENV,
  TARO_APP_CLOUD_ENV: process.env.TARO_APP_CLOUD_ENV,
  TARO_APP_GATEWAY: process.env.TARO_APP_GATEWAY,
  TARO_APP_LOCAL_STACK: process.env.TARO_APP_LOCAL_STACK,
})
