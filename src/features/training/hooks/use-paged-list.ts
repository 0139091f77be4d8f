import { useState } from 'react'
import type { Page } from '../../../domain/contracts/training'
import { useAction } from '../../../lib/use-action'
import { useRemote, type RemoteState } from '../../../lib/use-remote'

export interface PagedList<T> {
  readonly first: RemoteState<Page<T>>
  /** The first page and every page loaded after it. */
  readonly items: readonly T[]
  readonly hasMore: boolean
  readonly loadMore: () => void
  readonly loadingMore: boolean
  readonly moreError: unknown
}

/** A list a page at a time: the first page with loading/empty/error, then 加载更多 appends the next. */
export function usePagedList<T>(load: (cursor?: string) => Promise<Page<T>>, deps: readonly unknown[]): PagedList<T> {
  const first = useRemote(() => load(), deps, { isEmpty: page => page.items.length === 0 })
  const [more, setMore] = useState<{ readonly from: Page<T> | undefined; readonly pages: readonly Page<T>[] }>({ from: undefined, pages: [] })
  // Pages loaded after an older first page belong to it, not to a reloaded one.
  const pages = more.from === first.data ? more.pages : []
  const last = pages[pages.length - 1] ?? first.data
  const next = useAction(async (_requestId: string, cursor: string) => {
    const page = await load(cursor)
    setMore(current => ({ from: first.data, pages: current.from === first.data ? [...current.pages, page] : [page] }))
    return page
  })
  return {
    first,
    items: [...(first.data?.items ?? []), ...pages.flatMap(page => page.items)],
    hasMore: last?.nextCursor != null,
    loadMore: () => {
      if (last?.nextCursor != null) void next.run(last.nextCursor)
    },
    loadingMore: next.pending,
    moreError: next.error,
  }
}
