import { useCallback, useEffect, useReducer, useRef, type DependencyList } from 'react'
import type { Page } from '../../../domain/contracts/bulletins'
import { isCloudError } from '../../../lib/cloud-error'
import { useDataRefreshEpoch } from '../../../lib/data-refresh'
import type { OfflineCache } from '../../../lib/offline-cache'
import { canLoadMore, INITIAL_PAGED_LIST, pagedListReducer, type PagedListState } from '../model/paged-list'

export interface PagedListOptions<T> {
  /** Where the first page is saved for poor signal; shown at once while the live one loads, and if it fails. */
  readonly saved?: OfflineCache<T[]> | null
  /** False: load nothing (an empty search box). */
  readonly enabled?: boolean
  /** Called with each first page that came from the network. */
  readonly onFirstPage?: (items: readonly T[]) => void
}

export interface PagedList<T> {
  readonly state: PagedListState<T>
  /** Asks for the next page (reaching the bottom, 加载更多); does nothing while one is coming or at the end. */
  readonly loadMore: () => void
  /** Loads the first page again (下拉刷新, 重试). */
  readonly reload: () => void
}

/**
 * A list loaded a page at a time with a cursor, never a skip. Answers that arrive after the inputs
 * changed are dropped; a saved copy is shown while the first page loads and kept, dated, when it fails.
 */
export function usePagedList<T extends { readonly id: string }>(
  load: (cursor: string | null) => Promise<Page<T>>,
  deps: DependencyList,
  options: PagedListOptions<T> = {},
): PagedList<T> {
  const [state, dispatch] = useReducer(pagedListReducer<T>, INITIAL_PAGED_LIST)
  const [attempt, bump] = useReducer((n: number) => n + 1, 0)
  const epoch = useDataRefreshEpoch()
  const generation = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load
  const optionsRef = useRef(options)
  optionsRef.current = options
  const stateRef = useRef(state)
  stateRef.current = state
  const moreInFlight = useRef(false)
  const enabled = options.enabled ?? true

  useEffect(() => {
    const current = ++generation.current
    dispatch({ type: 'start' })
    if (!enabled) {
      dispatch({ type: 'first-page', items: [], nextCursor: null })
      return
    }
    const saved = optionsRef.current.saved?.load()
    if (saved) dispatch({ type: 'saved-copy', items: saved.data, savedAt: saved.savedAt })
    loadRef.current(null).then(
      page => {
        if (current !== generation.current) return
        dispatch({ type: 'first-page', items: page.items, nextCursor: page.nextCursor })
        optionsRef.current.saved?.save([...page.items])
        optionsRef.current.onFirstPage?.(page.items)
      },
      (error: unknown) => {
        if (current !== generation.current) return
        // A saved copy stands in only for failures of the network kind; a refusal is shown as it is.
        dispatch({ type: 'first-page-failed', error, keepSaved: isCloudError(error) && error.retryable })
      },
    )
    // The caller's deps decide when to start again, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, enabled, attempt, epoch])

  const loadMore = useCallback(() => {
    const snapshot = stateRef.current
    if (moreInFlight.current || !canLoadMore(snapshot) || snapshot.nextCursor === null) return
    moreInFlight.current = true
    const current = generation.current
    dispatch({ type: 'more-started' })
    loadRef.current(snapshot.nextCursor)
      .then(
        page => {
          if (current === generation.current) dispatch({ type: 'more-page', items: page.items, nextCursor: page.nextCursor })
        },
        (error: unknown) => {
          if (current === generation.current) dispatch({ type: 'more-failed', error })
        },
      )
      .finally(() => {
        moreInFlight.current = false
      })
  }, [])

  return { state, loadMore, reload: bump }
}
