import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MyCase } from '../../../domain/contracts/legal-aid'
import { dayWords } from '../../../domain/legal-aid/when-words'
import { errorMessage } from '../../../lib/error-messages'
import { formatShanghaiDateTime } from '../../../lib/shanghai-time'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { StatusBadge } from '../../../ui/status-badge'
import { useMyCase, type MyCaseState } from '../hooks/use-my-case'
import { caseTone } from '../model/case-tone'
import { CallNumbersList } from './call-numbers'
import { CaseRating } from './case-rating'
import './my-case-detail.css'

function Timeline({ entries }: { readonly entries: MyCase['timeline'] }) {
  return (
    <View className='legal-timeline' {...a11yProps({ role: 'list', label: '办理经过' })}>
      {entries.map((entry, index) => (
        <View key={`${entry.status}-${entry.at}-${index}`} className='legal-timeline__entry' {...a11yProps({ role: 'listitem' })}>
          <Text className='legal-timeline__label'>
            {entry.label} · {entry.by}
          </Text>
          <Text className='legal-timeline__at'>{formatShanghaiDateTime(Date.parse(entry.at))}</Text>
          {entry.note === null ? null : <Text className='legal-timeline__note'>{entry.note}</Text>}
        </View>
      ))}
    </View>
  )
}

function CaseBody({ item, onCancel, cancelling, cancelError, rate }: { readonly item: MyCase; readonly onCancel: () => void; readonly cancelling: boolean; readonly cancelError: unknown; readonly rate: MyCaseState['rate'] }) {
  const when = `${dayWords(item.day)} ${item.start}–${item.end}`
  return (
    <View className='legal-case'>
      <Card className='legal-case__card'>
        <View className='legal-case__head'>
          <Text className='legal-case__title'>
            {item.serviceName} · {item.caseTypeLabel}
          </Text>
          <StatusBadge tone={caseTone(item.status)} label={item.statusLabel} />
        </View>
        <Text>时间：{when}</Text>
        <Text>{item.serviceMode === 'phone' ? `接待：${item.hostName}会按您留的电话打给您` : `地点：${item.room}（${item.hostName}接待）`}</Text>
        {item.phoneMasked === null ? null : <Text>联系电话：{item.phoneMasked}</Text>}
        {item.assignee === null ? null : <Text>跟进：{item.assignee.name}</Text>}
      </Card>

      {item.outcome === null ? null : (
        <Section title='办理结果'>
          <Card className='legal-case__card'>
            <Text className='legal-case__outcome'>{item.outcome.label}</Text>
            <Text>{item.outcome.plain}</Text>
            {item.outcome.note === null ? null : <Text>接待人说：{item.outcome.note}</Text>}
          </Card>
        </Section>
      )}

      {item.rating !== null ? (
        <Section title='您的评价'>
          <Text className='legal-case__rated'>
            {item.rating.label}
            {item.rating.comment === null ? '' : `：${item.rating.comment}`}
          </Text>
        </Section>
      ) : item.canRate ? (
        <Section title='您对这次办理满意吗？'>
          <CaseRating rate={rate} />
        </Section>
      ) : null}

      <Section title='办理经过'>
        <Timeline entries={item.timeline} />
      </Section>

      {item.status !== 'booked' ? null : item.cancel.allowed ? (
        <View className='legal-case__actions'>
          {cancelError === undefined ? null : (
            <View className='legal-case__problem' {...a11yProps({ live: 'assertive' })}>
              ⚠ {errorMessage(cancelError)}
            </View>
          )}
          <Button variant='secondary' block loading={cancelling} onClick={onCancel}>
            取消预约
          </Button>
          <Text className='legal-case__rule'>{formatShanghaiDateTime(Date.parse(item.cancel.deadline))} 前可以在这里取消</Text>
        </View>
      ) : (
        <View className='legal-case__late' {...a11yProps({ live: 'polite' })}>
          离开始不到取消时限了，不能在小程序里取消。来不了请打电话告诉我们：
        </View>
      )}

      <Section title='有问题，打电话'>
        <CallNumbersList numbers={item.numbers} />
      </Section>
    </View>
  )
}

/** One of the worker's cases: when and where, where it stands, what came of it, and cancelling it. */
export function MyCaseDetail({ caseId }: { readonly caseId: string }) {
  const state = useMyCase(caseId)
  const [confirming, setConfirming] = useState(false)
  const item = state.current
  if (item === undefined) {
    if (state.remote.status === 'error') return <ErrorState message={errorMessage(state.remote.error)} onRetry={state.remote.retry} />
    return <LoadingState label='正在打开您的预约…' />
  }
  return (
    <>
      <CaseBody item={item} onCancel={() => setConfirming(true)} cancelling={state.cancel.pending} cancelError={state.cancel.error} rate={state.rate} />
      <ConfirmDialog
        open={confirming}
        title='取消这个预约？'
        message={`${dayWords(item.day)} ${item.start}–${item.end} 的${item.serviceName}。取消后名额会留给别人，需要时可以再约。`}
        confirmLabel='确定取消'
        cancelLabel='不取消'
        danger
        confirming={state.cancel.pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          void state.cancel.run().then(() => setConfirming(false))
        }}
      />
    </>
  )
}
