import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { errorMessage } from '../../../lib/error-messages'
import { ErrorState } from '../../../ui/error-state'
import { ListItem } from '../../../ui/list-item'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { useMyReports } from '../hooks/use-my-reports'
import { STATION_PAGES } from '../model/station-pages'
import { STATIONS_ERROR_MESSAGES } from '../model/stations-error-messages'
import { MyReportsList } from './my-reports-list'
import './my-reports-list.css'

const SHOWN = 3

/** 我的反馈 on 我的: the latest station reports and how they stand, and the way to all of them. */
export function MyReportsSection() {
  const reports = useMyReports()
  return (
    <Section title='我的反馈' description='您报告过的驿站问题'>
      {reports.status === 'loading' && reports.data === undefined ? <LoadingState rows={1} label='正在加载我的反馈…' /> : null}
      {reports.status === 'error' ? <ErrorState message={errorMessage(reports.error, STATIONS_ERROR_MESSAGES)} onRetry={reports.retry} /> : null}
      {reports.status === 'empty' ? (
        <View className='my-reports my-reports--empty'>
          <ListItem icon='station' title='还没有反馈' subtitle='驿站关门、缺设施、位置不对，可以在驿站页面报告' chevron={false} />
        </View>
      ) : null}
      {reports.data !== undefined && reports.data.items.length > 0 ? (
        <>
          <MyReportsList reports={reports.data.items.slice(0, SHOWN)} catalogue={reports.data.catalogue} />
          {reports.data.items.length > SHOWN || reports.data.nextCursor !== null ? (
            <ListItem title='查看全部反馈' onClick={() => void Taro.navigateTo({ url: STATION_PAGES.myReports })} />
          ) : null}
        </>
      ) : null}
    </Section>
  )
}
