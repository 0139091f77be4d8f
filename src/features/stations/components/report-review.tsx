import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ReportUnderReview } from '../../../domain/contracts/stations'
import { distanceMeters } from '../../../domain/geo/distance-meters'
import { formatDistance } from '../../../domain/geo/format-distance'
import { describeStationFix, fixForReport, REPORT_STATE_LABELS, settlementOutcome } from '../../../domain/stations/problem-report'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { StatusBadge } from '../../../ui/status-badge'
import { SwitchRow } from '../../../ui/switch-row'
import { TextArea } from '../../../ui/text-area'
import { toast } from '../../../ui/toast'
import { useReviewReport, useStaffReport } from '../hooks/use-report-queue'
import { amenityLabel } from '../model/amenity-view'
import { reporterToldWords, reportView, shortShanghaiDate } from '../model/report-view'
import { STATION_PAGES } from '../model/station-pages'
import { STATIONS_ERROR_MESSAGES } from '../model/stations-error-messages'
import './report-review.css'

const NOTE_MAX = 200

function Review({ initial }: { readonly initial: ReportUnderReview }) {
  const [report, setReport] = useState(initial)
  const [note, setNote] = useState('')
  // Changing the station is a deliberate choice: a broken microwave that got repaired must not cost the station 热饭.
  const [applyFix, setApplyFix] = useState(false)
  const review = useReviewReport()
  const view = reportView(report, report.catalogue)
  const fix = fixForReport(report)
  const labelOf = (key: string) => amenityLabel(key, report.catalogue)
  const fixWords = fix === null ? null : describeStationFix(fix, labelOf)
  const resolvedWords = settlementOutcome(report, 'resolved', note.trim() === '' ? null : note.trim(), applyFix ? fix : null, labelOf)

  const decide = async (to: 'verified' | 'resolved' | 'rejected') => {
    const trimmed = note.trim()
    const updated = await review.run({
      reportId: report.id,
      to,
      ...(trimmed === '' ? {} : { note: trimmed }),
      ...(to === 'resolved' && fix !== null ? { applyFix } : {}),
    })
    if (updated !== undefined) {
      setReport(updated)
      setNote('')
      toast.success(REPORT_STATE_LABELS[updated.state])
    }
  }

  const settled = report.state === 'resolved' || report.state === 'rejected'
  return (
    <View className='report-review'>
      <Card className='report-review__summary'>
        <View className='report-review__head'>
          <Text className='report-review__title'>{view.title}</Text>
          <StatusBadge tone={view.tone} label={view.stateLabel} />
        </View>
        <Text>{report.stationName}</Text>
        <Text className='report-review__muted'>{view.reportedOn} 报告{report.reporterUserId === null ? ' · 报告人已删除个人信息' : ''}</Text>
        {report.note === null ? null : <Text className='report-review__note'>“{report.note}”</Text>}
        {report.suggestedLocation !== null && report.station !== null ? (
          <Text>报告人给的位置离登记位置 {formatDistance(distanceMeters(report.suggestedLocation, report.station.location))}</Text>
        ) : null}
        {report.photo?.url ? <Image className='report-review__photo' src={report.photo.url} mode='aspectFit' ariaLabel='报告人拍的照片' /> : null}
        {report.station === null ? null : (
          <Button variant='secondary' icon='edit' onClick={() => void Taro.navigateTo({ url: STATION_PAGES.edit(report.stationId) })}>
            打开驿站编辑
          </Button>
        )}
      </Card>

      <Section title='处理记录'>
        {report.history.map((entry, index) => (
          <Text key={`${entry.at}-${index}`} className='report-review__history'>
            {shortShanghaiDate(entry.at)} {REPORT_STATE_LABELS[entry.state]}
            {entry.note === null ? '' : `：${entry.note}`}
          </Text>
        ))}
        {report.reporterNotification === null ? null : <Text className='report-review__muted'>{reporterToldWords(report.reporterNotification)}</Text>}
      </Section>

      {settled ? null : (
        <Section title='处理' description={report.state === 'open' ? '先到现场或打电话核实' : '问题处理好了就办结'}>
          <TextArea label='处理说明（报告人能看到）' value={note} onChange={setNote} maxLength={NOTE_MAX} placeholder='例如：已联系驿站，明天恢复开放' />
          {report.state === 'verified' && fixWords !== null ? (
            <SwitchRow
              label={`同时${fixWords}`}
              description={applyFix ? '办结时会改驿站信息，并记为今天现场核实' : '不打开就不改驿站信息（例如设施已修好）'}
              checked={applyFix}
              onChange={setApplyFix}
            />
          ) : null}
          {report.state === 'verified' ? <Text className='report-review__preview'>办结后报告人会收到：{resolvedWords}</Text> : null}
          {review.error === undefined ? null : <Text className='report-review__error'>⚠ {errorMessage(review.error, STATIONS_ERROR_MESSAGES)}</Text>}
          <View className='report-review__actions'>
            {report.state === 'open' ? (
              <Button icon='success' loading={review.pending} onClick={() => void decide('verified')}>
                核实属实
              </Button>
            ) : (
              <Button icon='success' loading={review.pending} onClick={() => void decide('resolved')}>
                已处理，办结
              </Button>
            )}
            <Button variant='danger' icon='close' disabled={review.pending} onClick={() => void decide('rejected')}>
              不属实，不采纳
            </Button>
          </View>
        </Section>
      )}
    </View>
  )
}

/** Staff: one report, what it says and shows, and the next step (verify, resolve with the fix, reject). */
export function ReportReview({ reportId }: { readonly reportId: string }) {
  const report = useStaffReport(reportId)
  if (report.data === undefined) {
    if (report.status === 'error') return <ErrorState message={errorMessage(report.error, STATIONS_ERROR_MESSAGES)} onRetry={report.retry} />
    return <LoadingState label='正在打开反馈…' />
  }
  return <Review key={report.data.id} initial={report.data} />
}
