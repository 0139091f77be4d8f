import { notifyContract, type UnreadCount } from '../../../domain/contracts/notify'
import { callAction } from '../../../lib/cloud-client'

export function markAllRead(): Promise<UnreadCount> {
  return callAction(notifyContract, 'markAllRead', {})
}
