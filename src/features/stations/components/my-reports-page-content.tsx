import { View } from '@tarojs/components'
import { useState } from 'react'
import type { MyReport } from '../../../domain/contracts/stations'
import { canRetry } from '../../../lib/cloud-error'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { listMyReports } from '../api/list-my-reports'
import { useMyReports } from '../hooks/use-my-reports'
import { STATIONS_ERROR_MESSAGES } from '../model/stations-error-messages'
import { MyReportsList } from './my-reports-list'
import './my-reports-list.css'

/** All the person's reports, page by page. */
export function MyReportsPageContent() {
  const first = useMyReports()
  const [more, setMore] = useState<{ items: readonly MyReport[]; cursor: string | null | undefined; loading: boolean }>({ items: [], cursor: undefined, loading: false })
  const cursor = more.cursor === undefined ? first.data?.nextCursor ?? null : more.cursor
  const loadMore = () => {
    if (cursor === null || more.loading) return
    setMore(current => ({ ...current, loading: true }))
    listMyReports(cursor).then(
      page => setMore(current => ({ items: [...current.items, ...page.items], cursor: page.nextCursor, loading: false })),
      () => setMore(current => ({ ...current, loading: false })),
    )
  }
  if (first.data === undefined) {
    if (first.status === 'error') return <ErrorState message={errorMessage(first.error, STATIONS_ERROR_MESSAGES)} onRetry={canRetry(first.error) ? first.retry : undefined} />
    return <LoadingState label='正在加载我的反馈…' />
  }
  if (first.data.items.length === 0) return <EmptyState icon='station' title='还没有反馈' description='驿站关门、缺设施、位置不对，可以在驿站页面报告' />
  return (
    <View className='my-reports-page'>
      <MyReportsList reports={[...first.data.items, ...more.items]} catalogue={first.data.catalogue} />
      {cursor === null ? null : (
        <Button variant='secondary' block loading={more.loading} onClick={loadMore}>
          加载更多
        </Button>
      )}
    </View>
  )
}
