import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { RostersPage } from '../../../domain/contracts/legal-aid'
import { SLOT_MINUTE_CHOICES } from '../../../domain/legal-aid/roster'
import type { Weekday } from '../../../domain/time/shanghai-time'
import { weekdayLabel } from '../../../domain/time/weekday-label'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { StatusBadge } from '../../../ui/status-badge'
import { TextField } from '../../../ui/text-field'
import { useRosters, type RostersState } from '../hooks/use-rosters'
import { emptyRosterDraft, rosterRuleFrom, rosterSummary, type RosterDraft } from '../model/roster-form'
import { ChoiceList } from '../../../ui/choice-list'
import './rosters-screen.css'

const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7]
const WHOLE_CENTRE = 'whole-centre'

function RosterEditor({ page, save }: { readonly page: RostersPage; readonly save: RostersState['save'] }) {
  const [draft, setDraft] = useState<RosterDraft>(() => emptyRosterDraft(page.services[0]?.key ?? '', page.hosts[0]?.userId ?? ''))
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const update = (change: Partial<RosterDraft>) => {
    setDraft(current => ({ ...current, ...change }))
    setDone(null)
  }
  const submit = async () => {
    const checked = rosterRuleFrom(draft)
    if (!checked.ok) {
      setProblem(checked.problem)
      return
    }
    setProblem(null)
    const saved = await save.run(checked.rule, null)
    if (saved !== undefined) setDone(`已保存：新增 ${saved.slots.added} 个时段`)
  }
  return (
    <View className='rosters__editor'>
      <ChoiceList label='服务' selected={draft.serviceKey} onSelect={serviceKey => update({ serviceKey })} choices={page.services.filter(service => service.active).map(service => ({ key: service.key, label: service.name }))} />
      <ChoiceList<RosterDraft['daysKind']>
        compact
        label='哪些天'
        selected={draft.daysKind}
        onSelect={daysKind => update({ daysKind })}
        choices={[
          { key: 'workdays', label: '每个工作日' },
          { key: 'weekly', label: '每周一天' },
          { key: 'dates', label: '指定日期' },
        ]}
      />
      {draft.daysKind === 'weekly' ? (
        <ChoiceList compact label='星期几' selected={String(draft.weekday)} onSelect={key => update({ weekday: WEEKDAYS.find(day => String(day) === key) ?? draft.weekday })} choices={WEEKDAYS.map(day => ({ key: String(day), label: weekdayLabel(day) }))} />
      ) : null}
      {draft.daysKind === 'dates' ? <TextField label='日期' value={draft.dates} onChange={dates => update({ dates })} maxLength={400} placeholder='例如：2026-11-04 2026-11-18' /> : null}
      <View className='rosters__times'>
        <TextField label='开始' value={draft.start} onChange={start => update({ start })} maxLength={5} />
        <TextField label='结束' value={draft.end} onChange={end => update({ end })} maxLength={5} />
      </View>
      <ChoiceList compact label='每个时段多长（分钟）' selected={String(draft.slotMinutes)} onSelect={key => update({ slotMinutes: SLOT_MINUTE_CHOICES.find(minutes => String(minutes) === key) ?? draft.slotMinutes })} choices={SLOT_MINUTE_CHOICES.map(minutes => ({ key: String(minutes), label: `${minutes} 分钟` }))} />
      <TextField label='每个时段可约几人' type='number' value={draft.places} onChange={places => update({ places })} maxLength={2} />
      <TextField label='接待地点' value={draft.room} onChange={room => update({ room })} maxLength={30} />
      <ChoiceList label='接待人' selected={draft.hostUserId} onSelect={hostUserId => update({ hostUserId })} choices={page.hosts.map(host => ({ key: host.userId, label: host.name }))} />
      {problem === null && save.error === undefined ? null : (
        <View className='rosters__problem' {...a11yProps({ live: 'assertive' })}>
          ⚠ {problem ?? errorMessage(save.error)}
        </View>
      )}
      {done === null ? null : (
        <View className='rosters__done' {...a11yProps({ live: 'polite' })}>
          {done}
        </View>
      )}
      <Button block loading={save.pending} onClick={() => void submit()}>
        保存排班
      </Button>
    </View>
  )
}

function CloseDayForm({ page, close }: { readonly page: RostersPage; readonly close: RostersState['close'] }) {
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

/** 排班管理: the duty rules, a new one, and closing a day (its bookings cancelled with an apology). */
export function RostersScreen() {
  const { page, save, close } = useRosters()
  if (page.data === undefined) {
    if (page.status === 'error') return <ErrorState message={errorMessage(page.error)} onRetry={page.retry} />
    return <LoadingState label='正在打开排班…' />
  }
  const data = page.data
  return (
    <View className='rosters'>
      {data.uncoveredYears.length === 0 ? null : <Text className='rosters__problem'>⚠ 还没有 {data.uncoveredYears.join('、')} 年的法定节假日安排，放假的日子可能也排了班</Text>}
      <Section title='现有排班' description='改排班不会动已经有人预约的时段'>
        <View className='rosters__list'>
          {data.rosters.map(roster => (
            <View key={roster.id} className='rosters__item'>
              <View className='rosters__item-head'>
                <Text className='rosters__item-title'>
                  {roster.serviceName} · {roster.hostName}
                </Text>
                <StatusBadge tone={roster.active ? 'success' : 'neutral'} label={roster.active ? '在用' : '停用'} />
              </View>
              <Text>{rosterSummary(roster)}</Text>
              <Text className='rosters__meta'>{roster.room}</Text>
            </View>
          ))}
        </View>
      </Section>
      <Section title='新增排班'>
        <RosterEditor page={data} save={save} />
      </Section>
      <Section title='暂停接待' description='节假日或接待人外出：这天的预约会取消，并向职工道歉、说明原因'>
        <CloseDayForm page={data} close={close} />
        {data.closures.map(closure => (
          <Text key={`${closure.day}-${closure.rosterId ?? WHOLE_CENTRE}`} className='rosters__meta'>
            {closure.day} 已暂停：{closure.reason}
          </Text>
        ))}
      </Section>
    </View>
  )
}
