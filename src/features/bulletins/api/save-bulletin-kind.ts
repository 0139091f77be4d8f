import { bulletinsContract } from '../../../domain/contracts/bulletins'
import type { BulletinKind } from '../../../domain/bulletins/bulletin-kinds'
import { callAction } from '../../../lib/cloud-client'

/** Staff: adds a kind or changes its label and position; answers all kinds. */
export function saveBulletinKind(kind: BulletinKind, requestId?: string): Promise<readonly BulletinKind[]> {
  return callAction(bulletinsContract, 'saveKind', kind, { requestId })
}
