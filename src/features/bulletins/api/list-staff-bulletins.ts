import { bulletinsContract, type BulletinStatus, type Page, type StaffBulletinListItem } from '../../../domain/contracts/bulletins'
import { callAction } from '../../../lib/cloud-client'

/** Staff: every bulletin of a status (null: all), most recently changed first. */
export function listStaffBulletins(status: BulletinStatus | null, cursor: string | null): Promise<Page<StaffBulletinListItem>> {
  return callAction(bulletinsContract, 'listForStaff', { ...(status === null ? {} : { status }), ...(cursor === null ? {} : { cursor }) })
}
