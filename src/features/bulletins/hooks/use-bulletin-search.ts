import type { BulletinSearchHit } from '../../../domain/contracts/bulletins'
import { queryParts } from '../../../domain/bulletins/search-normalise'
import { searchBulletins } from '../api/search-bulletins'
import { usePagedList, type PagedList } from './use-paged-list'

/** Search results for a query, a page at a time; nothing is asked for a query with nothing to search for. */
export function useBulletinSearch(query: string): PagedList<BulletinSearchHit> {
  const trimmed = query.trim()
  return usePagedList(cursor => searchBulletins(trimmed, cursor), [trimmed], { enabled: queryParts(trimmed).length > 0 })
}
