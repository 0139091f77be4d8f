import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { requestDataRefresh } from './data-refresh'
import { useRemote } from './use-remote'

describe('useRemote', () => {
  it('goes from loading to ready with the data', async () => {
    const { result } = renderHook(() => useRemote(async () => ['公告'], []))
    expect(result.current.status).toBe('loading')
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(result.current.data).toEqual(['公告'])
  })

  it('reports an empty list as empty', async () => {
    const { result } = renderHook(() => useRemote(async () => [], []))
    await waitFor(() => expect(result.current.status).toBe('empty'))
  })

  it('uses the caller’s idea of empty', async () => {
    const { result } = renderHook(() => useRemote(async () => ({ items: [] }), [], { isEmpty: data => data.items.length === 0 }))
    await waitFor(() => expect(result.current.status).toBe('empty'))
  })

  it('shows the error and loads again on retry', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('驿站')
    const { result } = renderHook(() => useRemote(load, []))
    await waitFor(() => expect(result.current.status).toBe('error'))

    act(() => result.current.retry())

    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(result.current.data).toBe('驿站')
  })

  it('drops a slow answer to an old question', async () => {
    const answers: Record<string, (value: string) => void> = {}
    const { result, rerender } = renderHook(({ city }) => useRemote(() => new Promise<string>(resolve => (answers[city] = resolve)), [city]), {
      initialProps: { city: 'old' },
    })
    rerender({ city: 'new' })

    await act(async () => {
      answers.new?.('new data')
    })
    await act(async () => {
      answers.old?.('old data')
    })

    expect(result.current.data).toBe('new data')
  })

  it('loads again when the app asks for fresh data', async () => {
    const load = vi.fn(async () => 'x')
    const { result } = renderHook(() => useRemote(load, []))
    await waitFor(() => expect(result.current.status).toBe('ready'))

    act(() => requestDataRefresh())

    await waitFor(() => expect(load).toHaveBeenCalledTimes(2))
  })
})
