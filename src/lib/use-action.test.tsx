import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CommonErrorCode } from '../domain/contracts/error-codes'
import { CloudError } from './cloud-error'
import { useAction } from './use-action'

describe('useAction', () => {
  it('reuses the requestId when retrying after a network failure, so the write cannot apply twice', async () => {
    const perform = vi
      .fn<(requestId: string) => Promise<string>>()
      .mockRejectedValueOnce(new CloudError(CommonErrorCode.Network, 'offline'))
      .mockResolvedValueOnce('booked')
    const { result } = renderHook(() => useAction(perform))

    await act(async () => {
      await result.current.run()
    })
    expect(result.current.error).toBeInstanceOf(CloudError)

    let outcome: string | undefined
    await act(async () => {
      outcome = await result.current.run()
    })

    expect(outcome).toBe('booked')
    expect(result.current.error).toBeUndefined()
    expect(perform.mock.calls[0]?.[0]).toBe(perform.mock.calls[1]?.[0])
  })

  it('starts a new request after a success', async () => {
    const perform = vi.fn(async (requestId: string) => requestId)
    const { result } = renderHook(() => useAction(perform))

    await act(async () => {
      await result.current.run()
      await result.current.run()
    })

    expect(perform.mock.calls[0]?.[0]).not.toBe(perform.mock.calls[1]?.[0])
  })

  it('starts a new request after a definite refusal', async () => {
    const perform = vi
      .fn<(requestId: string) => Promise<string>>()
      .mockRejectedValueOnce(new CloudError(CommonErrorCode.Conflict, 'taken'))
      .mockResolvedValueOnce('ok')
    const { result } = renderHook(() => useAction(perform))

    await act(async () => {
      await result.current.run()
      await result.current.run()
    })

    expect(perform.mock.calls[0]?.[0]).not.toBe(perform.mock.calls[1]?.[0])
  })

  it('ignores a second tap while the first write is in flight', async () => {
    let finish: (value: string) => void = () => undefined
    const perform = vi.fn(() => new Promise<string>(resolve => (finish = resolve)))
    const { result } = renderHook(() => useAction(perform))

    let first: Promise<string | undefined> = Promise.resolve(undefined)
    let second: string | undefined = 'not run'
    await act(async () => {
      first = result.current.run()
      second = await result.current.run()
    })
    expect(result.current.pending).toBe(true)
    await act(async () => {
      finish('done')
      await first
    })

    expect(second).toBeUndefined()
    expect(perform).toHaveBeenCalledTimes(1)
    expect(result.current.pending).toBe(false)
  })

  it('passes the arguments through after the requestId', async () => {
    const perform = vi.fn(async (_requestId: string, code: string, times: number) => `${code}x${times}`)
    const { result } = renderHook(() => useAction(perform))

    let outcome: string | undefined
    await act(async () => {
      outcome = await result.current.run('abc', 2)
    })

    expect(outcome).toBe('abcx2')
  })
})
