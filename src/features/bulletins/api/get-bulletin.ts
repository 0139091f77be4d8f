import { bulletinsContract, type BulletinDetail } from '../../../domain/contracts/bulletins'
import { callAction } from '../../../lib/cloud-client'

/** A whole bulletin: published ones for everyone, drafts for staff. */
export function getBulletin(id: string): Promise<BulletinDetail> {
  return callAction(bulletinsContract, 'get', { id })
}
