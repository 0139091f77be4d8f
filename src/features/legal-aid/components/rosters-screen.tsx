import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { RosterView, SavedRoster } from '../../../domain/contracts/legal-aid'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { useRosters } from '../hooks/use-rosters'
import { retireQuestion, rosterChangeWords, type RosterChange } from '../model/roster-change-words'
import { emptyRosterDraft, rosterRuleWithActive } from '../model/roster-form'
import { CloseDayForm, WHOLE_CENTRE } from './close-day-form'
import { RosterEditor } from './roster-editor'
import { RosterItem } from './roster-item'
import { StatisticsLink } from './statistics-link'
import './rosters-screen.css'

/** 排班管理: the duty rules (changed, retired, restored, added), closing a day, and the way to 接待统计. */
export function RostersScreen() {
  const { page, save, close } = useRosters()
  const [editing, setEditing] = useState<string | null>(null)
  const [retiring, setRetiring] = useState<RosterView | null>(null)
  // What the last change did, said under the roster it changed (or under 新增排班).
  const [notice, setNotice] = useState<{ readonly rosterId: string | null; readonly words: string } | null>(null)
  // The roster whose 停用/恢复使用 ran last, so a refusal is said under it.
  const [switched, setSwitched] = useState<string | null>(null)
  if (page.data === undefined) {
    if (page.status === 'error') return <ErrorState message={errorMessage(page.error)} onRetry={page.retry} />
    return <LoadingState label='正在打开排班…' />
  }
  const data = page.data
  const setActive = async (roster: RosterView, active: boolean) => {
    setSwitched(roster.id)
    setNotice(null)
    const saved = await save.run(rosterRuleWithActive(roster, active), roster.id)
    setRetiring(null)
    if (saved !== undefined) setNotice({ rosterId: roster.id, words: rosterChangeWords(active ? 'restored' : 'retired', saved.slots) })
  }
  const saved = (rosterId: string | null, change: RosterChange) => (result: SavedRoster) => {
    setEditing(null)
    setNotice({ rosterId, words: rosterChangeWords(change, result.slots) })
  }
  return (
    <View className='rosters'>
      <StatisticsLink />
      {data.uncoveredYears.length === 0 ? null : <Text className='rosters__problem'>⚠ 还没有 {data.uncoveredYears.join('、')} 年的法定节假日安排，放假的日子可能也排了班</Text>}
      <Section title='现有排班' description='修改或停用排班，不会动已经有人预约的时段，预约照常'>
        <View className='rosters__list'>
          {data.rosters.map(roster => (
            <View key={roster.id}>
              <RosterItem
                page={data}
                roster={roster}
                editing={editing === roster.id}
                notice={notice?.rosterId === roster.id ? notice.words : null}
                save={save}
                onEdit={() => {
                  setNotice(null)
                  setEditing(roster.id)
                }}
                onSaved={saved(roster.id, 'saved')}
                onCancel={() => setEditing(null)}
                onRetire={() => setRetiring(roster)}
                onRestore={() => void setActive(roster, true)}
              />
              {switched === roster.id && editing !== roster.id && save.error !== undefined ? (
                <View className='rosters__problem' {...a11yProps({ live: 'assertive' })}>
                  ⚠ {errorMessage(save.error)}
                </View>
              ) : null}
            </View>
          ))}
        </View>
      </Section>
      <Section title='新增排班'>
        <RosterEditor page={data} initial={emptyRosterDraft(data.services.find(service => service.active)?.key ?? '', data.hosts[0]?.userId ?? '')} rosterId={null} save={save} onSaved={saved(null, 'saved')} />
        {notice?.rosterId !== null || notice === null ? null : (
          <View className='rosters__done' {...a11yProps({ live: 'polite' })}>
            {notice.words}
          </View>
        )}
      </Section>
      <Section title='暂停接待' description='节假日或接待人外出：这天的预约会取消，并向职工道歉、说明原因'>
        <CloseDayForm page={data} close={close} />
        {data.closures.map(closure => (
          <Text key={`${closure.day}-${closure.rosterId ?? WHOLE_CENTRE}`} className='rosters__meta'>
            {closure.day} 已暂停：{closure.reason}
          </Text>
        ))}
      </Section>
      <ConfirmDialog
        open={retiring !== null}
        title='停用这条排班？'
        message={retiring === null ? '' : retireQuestion(retiring)}
        confirmLabel='确定停用'
        cancelLabel='不停用'
        danger
        confirming={save.pending}
        onCancel={() => setRetiring(null)}
        onConfirm={() => {
          if (retiring !== null) void setActive(retiring, false)
        }}
      />
    </View>
  )
}
