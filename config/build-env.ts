/** The TARO_APP_* values the client bundle receives, checked before anything is built. */
export interface BuildEnv {
  readonly cloudEnv: string
  readonly gateway: string
  readonly localStack: string
}

/**
 * The sentinel that builds a weapp package with no fixed CloudBase environment: `wx.cloud.init()`
 * then uses the environment chosen in WeChat DevTools. Used for build checks and local previews.
 */
export const DEVTOOLS_DEFAULT_CLOUD_ENV = 'local'

const CLOUD_ENV_PATTERN = /^[a-z0-9][a-z0-9-]{2,62}$/

/**
 * Reads and checks the build-time environment. A weapp build without `TARO_APP_CLOUD_ENV` is
 * refused: a package that silently calls the wrong (or no) environment is worse than no build.
 */
export function readBuildEnv(platform: string, source: Readonly<Record<string, string | undefined>>, command: string): BuildEnv {
  const cloudEnv = (source.TARO_APP_CLOUD_ENV ?? '').trim()
  const gateway = (source.TARO_APP_GATEWAY ?? '').trim().replace(/\/+$/, '')
  const localStack = (source.TARO_APP_LOCAL_STACK ?? '').trim()

  if (platform === 'weapp' && command === 'build') {
    if (cloudEnv === '') {
      throw new Error(
        'TARO_APP_CLOUD_ENV is not set. Set it to your CloudBase environment id (e.g. in .env.production.local), ' +
          `or to "${DEVTOOLS_DEFAULT_CLOUD_ENV}" to use the environment selected in WeChat DevTools.`,
      )
    }
    if (cloudEnv !== DEVTOOLS_DEFAULT_CLOUD_ENV && !CLOUD_ENV_PATTERN.test(cloudEnv)) {
      throw new Error(`TARO_APP_CLOUD_ENV "${cloudEnv}" is not a CloudBase environment id (lower-case letters, digits and dashes).`)
    }
  }
  if (gateway !== '' && !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(gateway)) {
    throw new Error(`TARO_APP_GATEWAY "${gateway}" must be an http(s) URL such as http://127.0.0.1:9000 (or empty for the same origin).`)
  }
  if (localStack !== '' && localStack !== 'true' && localStack !== 'false') {
    throw new Error(`TARO_APP_LOCAL_STACK must be "true" or "false", not "${localStack}".`)
  }
  return { cloudEnv, gateway, localStack }
}
