import { View } from '@tarojs/components'
import { useState } from 'react'
import type { RostersPage } from '../../../domain/contracts/legal-aid'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { TextField } from '../../../ui/text-field'
import type { RostersState } from '../hooks/use-rosters'
import { ChoiceList } from '../../../ui/choice-list'
import './rosters-screen.css'

export const WHOLE_CENTRE = 'whole-centre'

/** Closing a day for one roster or the whole centre: its bookings are cancelled with an apology. */
export function CloseDayForm({ page, close }: { readonly page: RostersPage; readonly close: RostersState['close'] }) {
  const [day, setDay] = useState('')
  const [reason, setReason] = useState('')
  const [target, setTarget] = useState(WHOLE_CENTRE)
  const [done, setDone] = useState<string | null>(null)
  const submit = async () => {
    const closed = await close.run(day.trim(), target === WHOLE_CENTRE ? null : target, reason.trim())
    if (closed !== undefined) setDone(`已暂停 ${closed.day}：${closed.slotsClosed} 个时段，取消了 ${closed.bookingsCancelled} 个预约，已通知职工`)
  }
  return (
    <View className='rosters__editor'>
      <TextField label='暂停哪一天' value={day} onChange={setDay} maxLength={10} placeholder='例如：2026-11-04' />
      <ChoiceList
        label='暂停哪个排班'
        selected={target}
        onSelect={setTarget}
        choices={[{ key: WHOLE_CENTRE, label: '整个服务中心' }, ...page.rosters.map(roster => ({ key: roster.id, label: `${roster.serviceName}（${roster.hostName}）` }))]}
      />
      <TextField label='原因（职工会看到）' value={reason} onChange={setReason} maxLength={40} placeholder='例如：律师外出办案' />
      {close.error === undefined ? null : (
        <View className='rosters__problem' {...a11yProps({ live: 'assertive' })}>
          ⚠ {errorMessage(close.error)}
        </View>
      )}
      {done === null ? null : (
        <View className='rosters__done' {...a11yProps({ live: 'polite' })}>
          {done}
        </View>
      )}
      <Button variant='danger' block loading={close.pending} disabled={day.trim() === '' || reason.trim() === ''} onClick={() => void submit()}>
        暂停这天并取消预约
      </Button>
    </View>
  )
}
