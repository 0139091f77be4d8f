import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ReportState } from '../../../domain/stations/problem-report'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { classNames } from '../../../ui/class-names'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { StatusBadge } from '../../../ui/status-badge'
import { useReportQueue } from '../hooks/use-report-queue'
import { reportView } from '../model/report-view'
import { STATION_PAGES } from '../model/station-pages'
import { STATIONS_ERROR_MESSAGES } from '../model/stations-error-messages'
import './report-queue.css'

const TABS: readonly { readonly label: string; readonly states: readonly ReportState[] }[] = [
  { label: '待核实', states: ['open'] },
  { label: '处理中', states: ['verified'] },
  { label: '已办结', states: ['resolved', 'rejected'] },
]

/** Staff: workers' reports by where they stand, oldest first, each opening its review page. */
export function ReportQueue() {
  const [tab, setTab] = useState(0)
  const states = TABS[tab]?.states ?? ['open']
  const queue = useReportQueue(states)
  return (
    <View className='report-queue'>
      <View className='report-queue__tabs' {...a11yProps({ role: 'radiogroup', label: '反馈状态' })}>
        {TABS.map((entry, index) => (
          <View
            key={entry.label}
            className={classNames('report-queue__tab', index === tab && 'report-queue__tab--on')}
            onClick={() => setTab(index)}
            {...a11yProps({ role: 'radio', label: entry.label, checked: index === tab })}
          >
            <Text>{entry.label}</Text>
          </View>
        ))}
      </View>
      {queue.status === 'loading' && queue.data === undefined ? <LoadingState label='正在加载反馈…' /> : null}
      {queue.status === 'error' ? <ErrorState message={errorMessage(queue.error, STATIONS_ERROR_MESSAGES)} onRetry={queue.retry} /> : null}
      {queue.status === 'empty' ? <EmptyState icon='success' title='这里没有反馈' description='有新的反馈会出现在“待核实”' /> : null}
      <View className='report-queue__list'>
        {(queue.data?.items ?? []).map(report => {
          const view = reportView(report, queue.data?.catalogue ?? [])
          return (
            <View
              key={report.id}
              className='report-queue__item'
              hoverClass='report-queue__item--pressed'
              onClick={() => void Taro.navigateTo({ url: STATION_PAGES.review(report.id) })}
              {...a11yProps({ role: 'button', label: `${view.stationName}，${view.title}，${view.stateLabel}，${view.reportedOn}报告` })}
            >
              <View className='report-queue__head'>
                <Text className='report-queue__station'>{view.stationName}</Text>
                <StatusBadge tone={view.tone} label={view.stateLabel} />
              </View>
              <Text>{view.title}</Text>
              {report.note === null ? null : <Text className='report-queue__note'>“{report.note}”</Text>}
              <Text className='report-queue__date'>{view.reportedOn} 报告{report.photo === null ? '' : ' · 有照片'}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
