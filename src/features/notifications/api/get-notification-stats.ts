import { notifyContract, type NotificationStats } from '../../../domain/contracts/notify'
import { callAction } from '../../../lib/cloud-client'

/** Staff: messages sent, failed and left in 消息 only, per template and day, from `from` to `to` (`YYYY-MM-DD`). */
export function getNotificationStats(from: string, to: string): Promise<NotificationStats> {
  return callAction(notifyContract, 'stats', { from, to })
}
