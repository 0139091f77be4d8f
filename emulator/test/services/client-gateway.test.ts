import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isLoopbackAddress, isLoopbackOrigin } from '../../src/gateway/loopback'
import { startServices, type RunningServices } from './start-services'

interface GatewayAnswer {
  errMsg: string
  result?: Record<string, unknown>
  requestID?: string
  errCode?: number
}

describe('client gateway', () => {
  let emulator: RunningServices

  beforeAll(async () => {
    emulator = await startServices({ functions: {}, gateway: true })
  })

  afterAll(async () => {
    await emulator.close()
  })

  async function callFunction(name: string, data: unknown, headers: Record<string, string> = { 'x-wx-openid': 'o-demo-worker' }): Promise<{ status: number; body: GatewayAnswer; headers: Headers }> {
    const response = await fetch(`${emulator.origin}/client/functions/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof data === 'string' ? data : JSON.stringify(data),
    })
    return { status: response.status, body: await response.json() as GatewayAnswer, headers: response.headers }
  }

  it('runs the function as the mini-program user named in the headers and answers like wx.cloud', async () => {
    const { status, body } = await callFunction('echo', { action: 'profile.get' }, { 'x-wx-openid': 'o-worker-1', 'x-wx-unionid': 'u-1' })
    expect(status).toBe(200)
    expect(body.errMsg).toBe('cloud.callFunction:ok')
    const result = body.result as { event: unknown; environment: Record<string, string>; context: { request_id: string } }
    expect(result.event).toEqual({ action: 'profile.get' })
    expect(result.environment).toMatchObject({ WX_OPENID: 'o-worker-1', WX_APPID: 'wx-local-app', WX_UNIONID: 'u-1', TCB_SOURCE: 'wx_client', WX_CLIENTIP: '127.0.0.1' })
    expect(body.requestID).toBe(result.context.request_id)
  })

  it('takes the AppID from X-WX-APPID when given', async () => {
    const { body } = await callFunction('echo', {}, { 'x-wx-openid': 'o-staff-1', 'x-wx-appid': 'wx1234567890abcdef' })
    expect((body.result as { environment: Record<string, string> }).environment.WX_APPID).toBe('wx1234567890abcdef')
  })

  it('keeps 200 parallel callers with different openids apart', async () => {
    const openids = Array.from({ length: 200 }, (_, index) => `o-parallel-${index}`)
    const answers = await Promise.all(openids.map((openid, index) => callFunction('whoami', { delayMs: (index * 13) % 30, tag: index }, { 'x-wx-openid': openid })))
    answers.forEach(({ status, body }, index) => {
      expect(status).toBe(200)
      expect(body.result).toEqual({ before: openids[index], after: openids[index], tag: index, processOpenid: null })
    })
  })

  it('treats an empty body as empty data', async () => {
    const { status, body } = await callFunction('echo', '')
    expect(status).toBe(200)
    expect((body.result as { event: unknown }).event).toEqual({})
  })

  it('requires X-WX-OPENID', async () => {
    const { status, body } = await callFunction('echo', {}, {})
    expect(status).toBe(401)
    expect(body.errCode).toBe(-401002)
    expect(body.errMsg).toMatch(/^cloud\.callFunction:fail .*X-WX-OPENID/)
  })

  it.each([
    ['a body that is not JSON', '{nope'],
    ['data that is not an object', '[1,2]'],
  ])('refuses %s', async (_, body) => {
    const answer = await callFunction('echo', body)
    expect(answer.status).toBe(400)
    expect(answer.body.errMsg).toMatch(/^cloud\.callFunction:fail /)
  })

  it('answers an unknown function like wx.cloud: -501000', async () => {
    const { status, body } = await callFunction('missing-function', {})
    expect(status).toBe(404)
    expect(body.errCode).toBe(-501000)
    expect(body.errMsg).toContain('cloud.callFunction:fail Error: errCode: -501000')
    expect(body.errMsg).toContain('FunctionName parameter could not be found')
  })

  it('answers a function error like wx.cloud: -504002 functions execute fail', async () => {
    const { status, body } = await callFunction('thrower', { mode: 'throw' })
    expect(status).toBe(500)
    expect(body.errCode).toBe(-504002)
    expect(body.errMsg).toContain('errCode: -504002 functions execute fail | errMsg: Error: boom: thrown')
  })

  it('answers a timeout like wx.cloud: -504003', async () => {
    const { status, body } = await callFunction('sleepy', {})
    expect(status).toBe(504)
    expect(body).toEqual({ errCode: -504003, errMsg: 'cloud.callFunction:fail Error: errCode: -504003 | errMsg: Invoking task timed out after 1 seconds' })
  })

  it('allows a loopback page on another port through CORS, preflight included', async () => {
    const preflight = await fetch(`${emulator.origin}/client/functions/echo`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:10086', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-wx-openid' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:10086')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-wx-openid')
    const { status, headers } = await callFunction('echo', {}, { 'x-wx-openid': 'o-h5', origin: 'http://127.0.0.1:10086' })
    expect(status).toBe(200)
    expect(headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086')
  })

  it('refuses pages from other origins, so no website can act as a user through the developer\'s browser', async () => {
    const { status, headers, body } = await callFunction('echo', {}, { 'x-wx-openid': 'o-victim', origin: 'https://evil.example' })
    expect(status).toBe(403)
    expect(body.errMsg).toMatch(/^cloud\.callFunction:fail /)
    expect(headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('loopback checks', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.168.1.20', false],
    ['10.0.0.1', false],
    ['::ffff:192.168.1.20', false],
    [undefined, false],
  ])('address %s is loopback: %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected)
  })

  it.each([
    ['http://localhost:10086', true],
    ['http://127.0.0.1:5173', true],
    ['http://[::1]:8080', true],
    ['https://localhost', true],
    ['https://evil.example', false],
    ['http://localhost.evil.example', false],
    ['null', false],
    ['file://', false],
  ])('origin %s is loopback: %s', (origin, expected) => {
    expect(isLoopbackOrigin(origin)).toBe(expected)
  })
})
