import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import { useDataRefreshEpoch } from './data-refresh'

export type RemoteStatus = 'loading' | 'error' | 'empty' | 'ready'

export interface RemoteState<T> {
  readonly status: RemoteStatus
  /** The last data loaded; kept while reloading so the page does not flash empty. */
  readonly data: T | undefined
  readonly error: unknown
  /** Loads again (the ErrorState's 重试 button). */
  readonly retry: () => void
}

export interface RemoteOptions<T> {
  /** When the loaded data counts as "nothing to show"; default: an empty array. */
  readonly isEmpty?: (data: T) => boolean
}

function defaultIsEmpty(data: unknown): boolean {
  return Array.isArray(data) && data.length === 0
}

/**
 * Loads remote data for a page: loading → ready | empty | error, with retry. Answers that arrive
 * after the inputs changed (or after unmount) are dropped, so a slow old answer never overwrites
 * a newer one. Loads again when `deps` change or someone calls requestDataRefresh().
 */
export function useRemote<T>(load: () => Promise<T>, deps: DependencyList, options: RemoteOptions<T> = {}): RemoteState<T> {
  const [state, setState] = useState<{ status: RemoteStatus; data: T | undefined; error: unknown }>({
    status: 'loading',
    data: undefined,
    error: undefined,
  })
  const [attempt, setAttempt] = useState(0)
  const refreshEpoch = useDataRefreshEpoch()
  const loadRef = useRef(load)
  loadRef.current = load
  const isEmptyRef = useRef(options.isEmpty ?? defaultIsEmpty)
  isEmptyRef.current = options.isEmpty ?? defaultIsEmpty

  useEffect(() => {
    let current = true
    setState(previous => ({ status: 'loading', data: previous.data, error: undefined }))
    loadRef.current().then(
      data => {
        if (current) setState({ status: isEmptyRef.current(data) ? 'empty' : 'ready', data, error: undefined })
      },
      (error: unknown) => {
        if (current) setState(previous => ({ status: 'error', data: previous.data, error }))
      },
    )
    return () => {
      current = false
    }
    // The caller's deps decide when to load again, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt, refreshEpoch])

  const retry = useCallback(() => setAttempt(value => value + 1), [])
  return { ...state, retry }
}
