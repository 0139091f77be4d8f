import { View } from '@tarojs/components'
import { useState } from 'react'
import type { RostersPage, SavedRoster } from '../../../domain/contracts/legal-aid'
import { SLOT_MINUTE_CHOICES } from '../../../domain/legal-aid/roster'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { SwitchRow } from '../../../ui/switch-row'
import { TextField } from '../../../ui/text-field'
import type { RostersState } from '../hooks/use-rosters'
import { rosterRuleFrom, type RosterDraft } from '../model/roster-form'
import { ChoiceList } from '../../../ui/choice-list'
import { WeekdayPicker } from './weekday-picker'
import './rosters-screen.css'

export interface RosterEditorProps {
  readonly page: RostersPage
  readonly initial: RosterDraft
  /** The roster being changed, or null for a new one. */
  readonly rosterId: string | null
  readonly save: RostersState['save']
  readonly onSaved: (saved: SavedRoster) => void
  readonly onCancel?: () => void
}

/** Every field of a roster's rule, new or opened from a saved one. */
export function RosterEditor({ page, initial, rosterId, save, onSaved, onCancel }: RosterEditorProps) {
  const [draft, setDraft] = useState<RosterDraft>(initial)
  const [problem, setProblem] = useState<string | null>(null)
  // The page's editors share one save: this one shows its error only after its own tap.
  const [tried, setTried] = useState(false)
  const update = (change: Partial<RosterDraft>) => setDraft(current => ({ ...current, ...change }))
  const submit = async () => {
    const checked = rosterRuleFrom(draft)
    if (!checked.ok) {
      setProblem(checked.problem)
      return
    }
    setProblem(null)
    setTried(true)
    const saved = await save.run(checked.rule, rosterId)
    if (saved !== undefined) onSaved(saved)
  }
  // A roster of a service since switched off still shows its own service.
  const services = page.services.filter(service => service.active || service.key === draft.serviceKey)
  return (
    <View className='rosters__editor'>
      <ChoiceList label='服务' selected={draft.serviceKey} onSelect={serviceKey => update({ serviceKey })} choices={services.map(service => ({ key: service.key, label: service.name }))} />
      <ChoiceList<RosterDraft['daysKind']>
        compact
        label='哪些天'
        selected={draft.daysKind}
        onSelect={daysKind => update({ daysKind })}
        choices={[
          { key: 'workdays', label: '每个工作日' },
          { key: 'weekly', label: '每周几天' },
          { key: 'dates', label: '指定日期' },
        ]}
      />
      {draft.daysKind === 'weekly' ? (
        <>
          <WeekdayPicker selected={draft.weekdays} onChange={weekdays => update({ weekdays })} />
          <SwitchRow label='法定节假日也接待' checked={draft.onHolidays} onChange={onHolidays => update({ onHolidays })} />
        </>
      ) : null}
      {draft.daysKind === 'dates' ? <TextField label='日期' value={draft.dates} onChange={dates => update({ dates })} maxLength={700} placeholder='例如：2026-11-04 2026-11-18' /> : null}
      <TextField label='接待时间' value={draft.times} onChange={times => update({ times })} maxLength={60} hint='几段时间用空格隔开，例如 09:00–11:30 14:00–16:00' />
      <ChoiceList compact label='每个时段多长（分钟）' selected={String(draft.slotMinutes)} onSelect={key => update({ slotMinutes: SLOT_MINUTE_CHOICES.find(minutes => String(minutes) === key) ?? draft.slotMinutes })} choices={SLOT_MINUTE_CHOICES.map(minutes => ({ key: String(minutes), label: `${minutes} 分钟` }))} />
      <TextField label='每个时段可约几人' type='number' value={draft.places} onChange={places => update({ places })} maxLength={2} />
      <TextField label='接待地点' value={draft.room} onChange={room => update({ room })} maxLength={30} />
      <ChoiceList label='接待人' selected={draft.hostUserId} onSelect={hostUserId => update({ hostUserId })} choices={page.hosts.map(host => ({ key: host.userId, label: host.name }))} />
      <View className='rosters__times'>
        <TextField label='从哪天开始（可不填）' value={draft.validFrom} onChange={validFrom => update({ validFrom })} maxLength={10} placeholder='2026-11-04' />
        <TextField label='到哪天为止（可不填）' value={draft.validUntil} onChange={validUntil => update({ validUntil })} maxLength={10} placeholder='2026-12-31' />
      </View>
      {problem === null && (!tried || save.error === undefined) ? null : (
        <View className='rosters__problem' {...a11yProps({ live: 'assertive' })}>
          ⚠ {problem ?? errorMessage(save.error)}
        </View>
      )}
      <Button block loading={save.pending} onClick={() => void submit()}>
        {rosterId === null ? '保存排班' : '保存修改'}
      </Button>
      {onCancel === undefined ? null : (
        <Button variant='secondary' block disabled={save.pending} onClick={onCancel}>
          不改了
        </Button>
      )}
    </View>
  )
}
