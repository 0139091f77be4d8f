import type { NotificationStatsRow } from '../../../domain/contracts/notify'

type Figures = Pick<NotificationStatsRow, 'sent' | 'failed' | 'inboxOnly' | 'queued'>

/** The span's totals over every template and day. */
export function statsTotals(rows: readonly NotificationStatsRow[]): Figures {
  return rows.reduce<Figures>(
    (sum, row) => ({ sent: sum.sent + row.sent, failed: sum.failed + row.failed, inboxOnly: sum.inboxOnly + row.inboxOnly, queued: sum.queued + row.queued }),
    { sent: 0, failed: 0, inboxOnly: 0, queued: 0 },
  )
}

/** The rows grouped by day, newest first (as the server orders them), each day labelled 5月1日. */
export function statsByDay(rows: readonly NotificationStatsRow[]): { readonly day: string; readonly label: string; readonly rows: NotificationStatsRow[] }[] {
  const days: { day: string; label: string; rows: NotificationStatsRow[] }[] = []
  for (const row of rows) {
    let group = days[days.length - 1]
    if (group === undefined || group.day !== row.day) {
      const [year, month, day] = row.day.split('-').map(Number)
      group = { day: row.day, label: `${year}年${month}月${day}日`, rows: [] }
      days.push(group)
    }
    group.rows.push(row)
  }
  return days
}
