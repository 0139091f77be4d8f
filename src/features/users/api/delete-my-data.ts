import { DELETE_MY_DATA_CONFIRMATION, usersContract, type DeletionReport } from '../../../domain/contracts/users'
import { callAction } from '../../../lib/cloud-client'

/**
 * Deletes or anonymises everything held about the caller (PIPL art. 47). Called only after the
 * person's second confirmation; the confirmation words travel with it so no other call can delete.
 */
export function deleteMyData(requestId?: string): Promise<DeletionReport> {
  return callAction(usersContract, 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { requestId })
}
