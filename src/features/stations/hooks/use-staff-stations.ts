import { useCallback, useState } from 'react'
import type { StaffStationRow } from '../../../domain/contracts/stations'
import type { StationStatus } from '../../../domain/stations/station'
import { useRemote } from '../../../lib/use-remote'
import { searchStations } from '../api/search-stations'

/** Staff's station list: search by name, filter by status, load more. */
export function useStaffStations() {
  const [search, setSearch] = useState('')
  const [status, setStatus] = useState<StationStatus | undefined>(undefined)
  const [more, setMore] = useState<{ items: StaffStationRow[]; cursor: string | null; loading: boolean }>({ items: [], cursor: null, loading: false })
  const first = useRemote(
    async () => {
      const page = await searchStations(search, status)
      setMore({ items: [], cursor: page.nextCursor, loading: false })
      return page.items
    },
    [search, status],
  )
  const loadMore = useCallback(() => {
    if (more.cursor === null || more.loading) return
    const cursor = more.cursor
    setMore(current => ({ ...current, loading: true }))
    searchStations(search, status, cursor).then(
      page => setMore(current => ({ items: [...current.items, ...page.items], cursor: page.nextCursor, loading: false })),
      () => setMore(current => ({ ...current, loading: false })),
    )
  }, [more.cursor, more.loading, search, status])
  return {
    first,
    items: [...(first.data ?? []), ...more.items],
    hasMore: more.cursor !== null,
    loadingMore: more.loading,
    loadMore,
    search,
    setSearch,
    status,
    setStatus,
  }
}
