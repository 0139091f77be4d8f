import { describe, expect, it } from 'vitest'
import { readBuildEnv } from '../../config/build-env'

describe('build environment check', () => {
  it('refuses a weapp build without a CloudBase environment', () => {
    expect(() => readBuildEnv('weapp', {}, 'build')).toThrow(/TARO_APP_CLOUD_ENV is not set/)
  })

  it('accepts a CloudBase environment id, or "local" for the one chosen in DevTools', () => {
    expect(readBuildEnv('weapp', { TARO_APP_CLOUD_ENV: 'prod-4g1a2b' }, 'build').cloudEnv).toBe('prod-4g1a2b')
    expect(readBuildEnv('weapp', { TARO_APP_CLOUD_ENV: 'local' }, 'build').cloudEnv).toBe('local')
  })

  it('rejects something that is not an environment id', () => {
    expect(() => readBuildEnv('weapp', { TARO_APP_CLOUD_ENV: 'Prod Env!' }, 'build')).toThrow(/not a CloudBase environment id/)
  })

  it('does not need a CloudBase environment for H5', () => {
    expect(readBuildEnv('h5', {}, 'build')).toEqual({ cloudEnv: '', gateway: '', localStack: '' })
  })

  it('checks the gateway URL and the local-stack flag', () => {
    expect(readBuildEnv('h5', { TARO_APP_GATEWAY: 'http://127.0.0.1:9000/' }, 'build').gateway).toBe('http://127.0.0.1:9000')
    expect(() => readBuildEnv('h5', { TARO_APP_GATEWAY: 'ftp://x' }, 'build')).toThrow(/TARO_APP_GATEWAY/)
    expect(() => readBuildEnv('h5', { TARO_APP_LOCAL_STACK: 'yes' }, 'build')).toThrow(/TARO_APP_LOCAL_STACK/)
  })
})
