import { notifyContract, STATS_MAX_DAYS, type NotificationStats, type NotificationStatsRow } from '../../src/domain/contracts/notify'
import { SUBSCRIBE_TEMPLATE_KEYS, SUBSCRIBE_TEMPLATES } from '../../src/domain/notifications/subscribe-templates'
import { daysBetween } from '../../src/domain/time/shanghai-time'
import { AppError } from '../runtime/app-error'
import type { NotificationState, NotificationsRepository } from '../runtime/repositories/notifications-repository'

const COLUMN: Readonly<Record<NotificationState, 'sent' | 'failed' | 'inboxOnly' | 'queued'>> = {
  sent: 'sent',
  failed: 'failed',
  'inbox-only': 'inboxOnly',
  queued: 'queued',
}

/** Staff figures: per template and day, how many messages WeChat carried, refused, or never got. */
export function statsService(deps: { readonly notifications: Pick<NotificationsRepository, 'countsByDay'> }) {
  return {
    async stats(request: { from: string; to: string }): Promise<NotificationStats> {
      const span = daysBetween(request.from, request.to)
      if (span < 0) throw new AppError(notifyContract.errors.InvalidRange, '开始日期不能晚于结束日期')
      if (span >= STATS_MAX_DAYS) throw new AppError(notifyContract.errors.InvalidRange, `一次最多查看 ${STATS_MAX_DAYS} 天`)
      const rows = new Map<string, { -readonly [K in keyof NotificationStatsRow]: NotificationStatsRow[K] }>()
      for (const count of await deps.notifications.countsByDay(request.from, request.to)) {
        const key = `${count.day}|${count.templateKey}`
        const row = rows.get(key) ?? {
          day: count.day,
          templateKey: count.templateKey,
          title: SUBSCRIBE_TEMPLATES[count.templateKey]?.title ?? count.templateKey,
          sent: 0,
          failed: 0,
          inboxOnly: 0,
          queued: 0,
        }
        row[COLUMN[count.state]] += count.count
        rows.set(key, row)
      }
      const order = (key: string) => SUBSCRIBE_TEMPLATE_KEYS.indexOf(key as (typeof SUBSCRIBE_TEMPLATE_KEYS)[number])
      const sorted = [...rows.values()].sort((a, b) => (a.day === b.day ? order(a.templateKey) - order(b.templateKey) : a.day < b.day ? 1 : -1))
      return { from: request.from, to: request.to, rows: sorted }
    },
  }
}
