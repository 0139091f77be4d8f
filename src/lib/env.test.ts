import { describe, expect, it } from 'vitest'
import { readClientEnv } from './env'

describe('client env', () => {
  it('reads a weapp build with a CloudBase environment', () => {
    expect(readClientEnv({ TARO_ENV: 'weapp', TARO_APP_CLOUD_ENV: 'prod-4g1a', TARO_APP_GATEWAY: '', TARO_APP_LOCAL_STACK: '' })).toEqual({
      platform: 'weapp',
      cloudEnv: 'prod-4g1a',
      gateway: '',
      localStack: false,
    })
  })

  it('leaves the environment to WeChat DevTools when built with "local"', () => {
    expect(readClientEnv({ TARO_ENV: 'weapp', TARO_APP_CLOUD_ENV: 'local' }).cloudEnv).toBeNull()
  })

  it('reads the H5 gateway without a trailing slash, and the local stack flag', () => {
    const env = readClientEnv({ TARO_ENV: 'h5', TARO_APP_GATEWAY: 'http://127.0.0.1:9000/', TARO_APP_LOCAL_STACK: 'true' })
    expect(env).toMatchObject({ platform: 'h5', gateway: 'http://127.0.0.1:9000', localStack: true })
  })

  it('never shows the demo switcher in the weapp build', () => {
    expect(readClientEnv({ TARO_ENV: 'weapp', TARO_APP_LOCAL_STACK: 'true' }).localStack).toBe(false)
  })

  it('rejects a gateway that is not an http URL', () => {
    expect(() => readClientEnv({ TARO_ENV: 'h5', TARO_APP_GATEWAY: 'javascript:alert(1)' })).toThrow(/TARO_APP_GATEWAY/)
  })
})
