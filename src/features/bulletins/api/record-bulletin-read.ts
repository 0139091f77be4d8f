import { bulletinsContract } from '../../../domain/contracts/bulletins'
import { callAction } from '../../../lib/cloud-client'

/** Counts this reader (once a day); answers the read count. */
export function recordBulletinRead(id: string): Promise<{ readonly readCount: number; readonly counted: boolean }> {
  return callAction(bulletinsContract, 'recordRead', { id })
}
