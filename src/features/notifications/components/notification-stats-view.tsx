import { Text, View } from '@tarojs/components'
import type { NotificationStatsRow } from '../../../domain/contracts/notify'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { STATS_SPANS, useNotificationStats } from '../hooks/use-notification-stats'
import { statsByDay, statsTotals } from '../model/stats-view'
import './notification-stats-view.css'

function Figures({ row }: { readonly row: Pick<NotificationStatsRow, 'sent' | 'failed' | 'inboxOnly' | 'queued'> }) {
  return (
    <View className='notification-stats__figures'>
      <Text>已发送 {row.sent}</Text>
      <Text>发送失败 {row.failed}</Text>
      <Text>只进“消息” {row.inboxOnly}</Text>
      {row.queued > 0 ? <Text>待发送 {row.queued}</Text> : null}
    </View>
  )
}

/**
 * Staff: what became of the messages, per template and day: sent by WeChat, refused or given up, or
 * never sent to WeChat (no 允许 left, switched off, not open yet). Every one of them is in 消息.
 */
export function NotificationStatsView() {
  const { days, choose, stats } = useNotificationStats()
  return (
    <View className='notification-stats'>
      <View className='notification-stats__spans'>
        {STATS_SPANS.map(span => (
          <Button
            key={span.days}
            variant={span.days === days ? 'primary' : 'secondary'}
            spokenLabel={span.days === days ? `${span.label}，已选` : span.label}
            onClick={() => choose(span.days)}
          >
            {span.label}
          </Button>
        ))}
      </View>
      {stats.status === 'loading' && stats.data === undefined ? <LoadingState label='正在统计…' /> : null}
      {stats.status === 'error' ? <ErrorState message={errorMessage(stats.error)} onRetry={stats.retry} /> : null}
      {stats.status === 'empty' ? <EmptyState icon='bell' title='这段时间没有发过消息' /> : null}
      {stats.data !== undefined && stats.data.rows.length > 0 ? (
        <>
          <Section title='合计'>
            <Figures row={statsTotals(stats.data.rows)} />
          </Section>
          {statsByDay(stats.data.rows).map(day => (
            <Section key={day.day} title={day.label}>
              {day.rows.map(row => (
                <View key={row.templateKey} className='notification-stats__row'>
                  <Text className='notification-stats__template'>{row.title}</Text>
                  <Figures row={row} />
                </View>
              ))}
            </Section>
          ))}
        </>
      ) : null}
    </View>
  )
}
