import { bulletinsContract, type BulletinDetail } from '../../../domain/contracts/bulletins'
import { callAction } from '../../../lib/cloud-client'

/** Staff: takes a published bulletin down. */
export function unpublishBulletin(id: string, requestId?: string): Promise<BulletinDetail> {
  return callAction(bulletinsContract, 'unpublish', { id }, { requestId })
}
