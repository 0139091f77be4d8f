import { notifyContract, type UnreadCount } from '../../../domain/contracts/notify'
import { callAction } from '../../../lib/cloud-client'

/** How many of the caller's messages are unread. */
export function countUnread(): Promise<UnreadCount> {
  return callAction(notifyContract, 'countUnread', {})
}
