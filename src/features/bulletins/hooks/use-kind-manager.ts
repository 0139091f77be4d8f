import { useState } from 'react'
import type { BulletinKind } from '../../../domain/bulletins/bulletin-kinds'
import { useAction, type ActionState } from '../../../lib/use-action'
import { saveBulletinKind } from '../api/save-bulletin-kind'
import { sharedOfflineShelf } from '../model/offline-shelf'
import { useBulletinKinds } from './use-bulletin-kinds'

export interface KindManager {
  readonly kinds: readonly BulletinKind[]
  readonly save: ActionState<[kind: BulletinKind], readonly BulletinKind[]>
}

/** Staff: the kinds, and saving a new or changed one (no code change needed to add a kind). */
export function useKindManager(): KindManager {
  const loaded = useBulletinKinds()
  const [saved, setSaved] = useState<readonly BulletinKind[] | null>(null)
  const save = useAction(async (requestId: string, kind: BulletinKind) => {
    const kinds = await saveBulletinKind(kind, requestId)
    setSaved(kinds)
    sharedOfflineShelf().kinds.save([...kinds])
    return kinds
  })
  return { kinds: saved ?? loaded, save }
}
