import { bulletinsContract, type BulletinDetail } from '../../../domain/contracts/bulletins'
import { callAction } from '../../../lib/cloud-client'

/** Staff: puts a saved draft online for everyone. */
export function publishBulletin(id: string, revision: number, requestId?: string): Promise<BulletinDetail> {
  return callAction(bulletinsContract, 'publish', { id, revision }, { requestId })
}
