import { useEffect, useState } from 'react'
import type { BulletinKind } from '../../../domain/bulletins/bulletin-kinds'
import { useDataRefreshEpoch } from '../../../lib/data-refresh'
import { listBulletinKinds } from '../api/list-bulletin-kinds'
import { sharedOfflineShelf } from '../model/offline-shelf'

/** The kinds for the filter row: the saved ones at once, the server's when they come. Empty until either. */
export function useBulletinKinds(): readonly BulletinKind[] {
  const [kinds, setKinds] = useState<readonly BulletinKind[]>(() => sharedOfflineShelf().kinds.load()?.data ?? [])
  const epoch = useDataRefreshEpoch()
  useEffect(() => {
    let current = true
    listBulletinKinds().then(
      loaded => {
        if (!current) return
        setKinds(loaded)
        sharedOfflineShelf().kinds.save([...loaded])
      },
      // Without signal the saved kinds (or none: the list still shows every kind) will do.
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [epoch])
  return kinds
}
