/** A list loaded page by page, possibly shown from the phone's saved copy while offline. */
export interface PagedListState<T> {
  readonly items: readonly T[]
  readonly nextCursor: string | null
  /** `loading` may already show saved items; `error` only when there is nothing to show at all. */
  readonly status: 'loading' | 'ready' | 'empty' | 'error'
  /** When the items shown are the phone's saved copy (no signal): when it was saved. Null when live. */
  readonly savedAt: number | null
  readonly loadingMore: boolean
  /** The last failure: of the first page (shown beside saved items, or alone), or of a further page. */
  readonly error: unknown
}

export type PagedListEvent<T> =
  | { readonly type: 'start' }
  | { readonly type: 'saved-copy'; readonly items: readonly T[]; readonly savedAt: number }
  | { readonly type: 'first-page'; readonly items: readonly T[]; readonly nextCursor: string | null }
  /** `keepSaved`: the failure is of the network kind, so a saved copy on screen stays, dated. */
  | { readonly type: 'first-page-failed'; readonly error: unknown; readonly keepSaved: boolean }
  | { readonly type: 'more-started' }
  | { readonly type: 'more-page'; readonly items: readonly T[]; readonly nextCursor: string | null }
  | { readonly type: 'more-failed'; readonly error: unknown }

export const INITIAL_PAGED_LIST = {
  items: [],
  nextCursor: null,
  status: 'loading',
  savedAt: null,
  loadingMore: false,
  error: undefined,
} as const satisfies PagedListState<never>

/**
 * The list's next state. Pages are appended without repeating an id (a bulletin published while paging
 * shifts the list); a failed first page keeps a saved copy on screen; a failed further page keeps what is
 * there and only says the next page did not come.
 */
export function pagedListReducer<T extends { readonly id: string }>(state: PagedListState<T>, event: PagedListEvent<T>): PagedListState<T> {
  switch (event.type) {
    case 'start':
      return { ...state, status: 'loading', loadingMore: false, error: undefined }
    case 'saved-copy':
      return state.status === 'loading' && state.savedAt === null && state.items.length === 0
        ? { ...state, items: event.items, savedAt: event.savedAt, nextCursor: null }
        : state
    case 'first-page':
      return { ...state, items: event.items, nextCursor: event.nextCursor, status: event.items.length === 0 ? 'empty' : 'ready', savedAt: null, error: undefined }
    case 'first-page-failed':
      return event.keepSaved && state.savedAt !== null && state.items.length > 0
        ? { ...state, status: 'ready', error: event.error }
        : { ...state, items: [], nextCursor: null, savedAt: null, status: 'error', error: event.error }
    case 'more-started':
      return { ...state, loadingMore: true, error: undefined }
    case 'more-page': {
      const seen = new Set(state.items.map(item => item.id))
      return { ...state, items: [...state.items, ...event.items.filter(item => !seen.has(item.id))], nextCursor: event.nextCursor, loadingMore: false }
    }
    case 'more-failed':
      return { ...state, loadingMore: false, error: event.error }
  }
}

/** Whether a further page can be asked for now. */
export function canLoadMore(state: PagedListState<unknown>): boolean {
  return state.status === 'ready' && state.savedAt === null && state.nextCursor !== null && !state.loadingMore
}
