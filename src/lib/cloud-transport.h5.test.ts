import { afterEach, describe, expect, it, vi } from 'vitest'
import { CommonErrorCode } from '../domain/contracts/error-codes'
import { sendToFunction } from './cloud-transport.h5'
import { writeDemoOpenid } from './demo-openid'
import { caughtCloudError } from '../../test/client/caught-cloud-error'

const request = { action: 'getMe', payload: {}, requestId: 'request-0001' }

function respond(status: number, body: unknown) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }))
}

describe('H5 transport (local gateway)', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('posts the request to the gateway as the chosen demo identity and resolves the result', async () => {
    writeDemoOpenid('demo-lawyer')
    const fetchMock = respond(200, { result: { ok: true, data: 7 }, requestID: 'r1' })
    vi.stubGlobal('fetch', fetchMock)

    await expect(sendToFunction('users', request, 1_000)).resolves.toEqual({ ok: true, data: 7 })

    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/client/functions/users')
    expect(init?.method).toBe('POST')
    expect(new Headers(init?.headers).get('X-WX-OPENID')).toBe('demo-lawyer')
    expect(JSON.parse(String(init?.body))).toEqual(request)
  })

  it('calls as the demo worker until another identity is chosen', async () => {
    const fetchMock = respond(200, { result: { ok: true, data: null } })
    vi.stubGlobal('fetch', fetchMock)
    await sendToFunction('users', request, 1_000)
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('X-WX-OPENID')).toBe('demo-worker')
  })

  it('maps gateway failures by status', async () => {
    const cases: Array<[number, string]> = [
      [502, CommonErrorCode.Network],
      [503, CommonErrorCode.Network],
      [504, CommonErrorCode.Timeout],
      [429, CommonErrorCode.RateLimited],
      [500, CommonErrorCode.Internal],
      [404, CommonErrorCode.Internal],
    ]
    for (const [status, code] of cases) {
      vi.stubGlobal('fetch', respond(status, { errCode: -1, errMsg: 'failed' }))
      expect((await caughtCloudError(sendToFunction('users', request, 1_000))).code).toBe(code)
    }
  })

  it('treats a 200 answer without a result as malformed', async () => {
    vi.stubGlobal('fetch', respond(200, { nothing: true }))
    expect((await caughtCloudError(sendToFunction('users', request, 1_000))).code).toBe(CommonErrorCode.Internal)
  })

  it('reports an unreachable gateway as the network', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    expect((await caughtCloudError(sendToFunction('users', request, 1_000))).code).toBe(CommonErrorCode.Network)
  })

  it('aborts the request at the deadline and reports a timeout', async () => {
    vi.useFakeTimers()
    const fetchMock = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
        }),
    )
    vi.stubGlobal('fetch', fetchMock)

    const pending = caughtCloudError(sendToFunction('users', request, 4_000))
    await vi.advanceTimersByTimeAsync(4_000)

    expect((await pending).code).toBe(CommonErrorCode.Timeout)
    expect(fetchMock.mock.calls[0]?.[1]?.signal?.aborted).toBe(true)
  })
})
