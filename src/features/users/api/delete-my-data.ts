import { DELETE_MY_DATA_CONFIRMATION, usersContract, type DeletionReport } from '../../../domain/contracts/users'
import { callAction } from '../../../lib/cloud-client'

export type DeleteConfirmation = typeof DELETE_MY_DATA_CONFIRMATION

/** True once the person has typed the confirmation words exactly. */
export function isDeleteConfirmation(typed: string): typed is DeleteConfirmation {
  return typed.trim() === DELETE_MY_DATA_CONFIRMATION
}

/** Deletes or anonymises everything held about the caller (PIPL art. 47); needs the typed words. */
export function deleteMyData(confirmation: DeleteConfirmation, requestId?: string): Promise<DeletionReport> {
  return callAction(usersContract, 'deleteMyData', { confirmation }, { requestId })
}
