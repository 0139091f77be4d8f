import { useState } from 'react'
import type { NotificationStats } from '../../../domain/contracts/notify'
import { addDays, shanghaiDateKey } from '../../../domain/time/shanghai-time'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { getNotificationStats } from '../api/get-notification-stats'

/** The spans staff choose from: this week, or the last month (what the monthly report covers). */
export const STATS_SPANS = [
  { days: 7, label: '最近 7 天' },
  { days: 30, label: '最近 30 天' },
] as const

export interface NotificationStatsControl {
  readonly days: number
  readonly choose: (days: number) => void
  readonly stats: RemoteState<NotificationStats>
}

/** Staff: what became of the messages of the chosen span, per template and day. */
export function useNotificationStats(): NotificationStatsControl {
  const [days, setDays] = useState<number>(STATS_SPANS[0].days)
  const stats = useRemote(
    () => {
      const to = shanghaiDateKey(new Date())
      return getNotificationStats(addDays(to, -(days - 1)), to)
    },
    [days],
    { isEmpty: answer => answer.rows.length === 0 },
  )
  return { days, choose: setDays, stats }
}
