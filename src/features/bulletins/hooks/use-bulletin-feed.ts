import { useCallback, useState } from 'react'
import type { BulletinListItem } from '../../../domain/contracts/bulletins'
import type { BulletinKind } from '../../../domain/bulletins/bulletin-kinds'
import { listBulletins } from '../api/list-bulletins'
import { sharedOfflineShelf } from '../model/offline-shelf'
import { prefetchForOffline } from './prefetch-for-offline'
import { usePagedList, type PagedList } from './use-paged-list'
import { useBulletinKinds } from './use-bulletin-kinds'

export interface BulletinFeed {
  readonly kinds: readonly BulletinKind[]
  /** The kind shown, or null for all. */
  readonly kind: string | null
  readonly selectKind: (kind: string | null) => void
  readonly list: PagedList<BulletinListItem>
}

/** The 首页 news list: every kind or one, newest first, a page at a time, readable offline. */
export function useBulletinFeed(): BulletinFeed {
  const [kind, setKind] = useState<string | null>(null)
  const kinds = useBulletinKinds()
  const shelf = sharedOfflineShelf()
  const onFirstPage = useCallback(
    (items: readonly BulletinListItem[]) => {
      if (kind === null) void prefetchForOffline(items, shelf)
    },
    [kind, shelf],
  )
  const list = usePagedList(cursor => listBulletins(kind, cursor), [kind], { saved: shelf.feed(kind), onFirstPage })
  return { kinds, kind, selectKind: setKind, list }
}
