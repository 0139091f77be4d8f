import { bulletinsContract, type BulletinDetail } from '../../../domain/contracts/bulletins'
import type { Bulletin } from '../../../domain/bulletins/bulletin'
import { callAction } from '../../../lib/cloud-client'

/** Staff: corrects a published bulletin in place, from the revision the form was opened at. */
export function correctBulletin(
  target: { readonly id: string; readonly revision: number; readonly kind: string; readonly bulletin: Bulletin },
  requestId?: string,
): Promise<BulletinDetail> {
  return callAction(bulletinsContract, 'correct', target, { requestId })
}
