import { useState } from 'react'
import type { BulletinStatus, StaffBulletinListItem } from '../../../domain/contracts/bulletins'
import { listStaffBulletins } from '../api/list-staff-bulletins'
import { usePagedList, type PagedList } from './use-paged-list'

export interface StaffBulletins {
  /** The status shown, or null for all. */
  readonly status: BulletinStatus | null
  readonly setStatus: (status: BulletinStatus | null) => void
  readonly list: PagedList<StaffBulletinListItem>
}

/** Staff: every bulletin, drafts included, most recently changed first. */
export function useStaffBulletins(): StaffBulletins {
  const [status, setStatus] = useState<BulletinStatus | null>(null)
  const list = usePagedList(cursor => listStaffBulletins(status, cursor), [status])
  return { status, setStatus, list }
}
