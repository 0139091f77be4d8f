import { notifyContract, type UnreadCount } from '../../../domain/contracts/notify'
import { callAction } from '../../../lib/cloud-client'

/** Marks one message read; answers how many are still unread. */
export function markRead(id: string): Promise<UnreadCount> {
  return callAction(notifyContract, 'markRead', { id })
}
