import { afterEach, describe, expect, it, vi } from 'vitest'
import { taroMock } from '../../test/client/taro-mock'
import { CommonErrorCode } from '../domain/contracts/error-codes'
import { sendToFunction } from './cloud-transport'
import { caughtCloudError } from '../../test/client/caught-cloud-error'

const request = { action: 'getMe', payload: {}, requestId: 'request-0001' }

describe('weapp transport', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('calls the function through Taro.cloud.callFunction and resolves its result', async () => {
    taroMock.cloud.callFunction.mockResolvedValue({ result: { ok: true, data: 1 }, errMsg: 'cloud.callFunction:ok' })

    await expect(sendToFunction('users', request, 1_000)).resolves.toEqual({ ok: true, data: 1 })

    expect(taroMock.cloud.init).toHaveBeenCalledTimes(1)
    expect(taroMock.cloud.callFunction).toHaveBeenCalledWith({ name: 'users', data: request })
  })

  it('reports a function that ran out of time as a timeout', async () => {
    taroMock.cloud.callFunction.mockRejectedValue({ errCode: -504003, errMsg: 'cloud.callFunction:fail -504003' })
    expect((await caughtCloudError(sendToFunction('users', request, 1_000))).code).toBe(CommonErrorCode.Timeout)
  })

  it('reports a crashed function as an internal error', async () => {
    taroMock.cloud.callFunction.mockRejectedValue({ errMsg: 'cloud.callFunction:fail errCode: -504002 functions execute fail' })
    expect((await caughtCloudError(sendToFunction('users', request, 1_000))).code).toBe(CommonErrorCode.Internal)
  })

  it('reports any other failure as the network', async () => {
    taroMock.cloud.callFunction.mockRejectedValue({ errMsg: 'cloud.callFunction:fail request:fail' })
    const error = await caughtCloudError(sendToFunction('users', request, 1_000))
    expect(error.code).toBe(CommonErrorCode.Network)
    expect(error.retryable).toBe(true)
  })

  it('gives up with a timeout when no answer comes before the deadline', async () => {
    vi.useFakeTimers()
    taroMock.cloud.callFunction.mockReturnValue(new Promise(() => undefined))

    const pending = caughtCloudError(sendToFunction('users', request, 5_000))
    await vi.advanceTimersByTimeAsync(5_000)

    expect((await pending).code).toBe(CommonErrorCode.Timeout)
  })
})
