import { Text, View } from '@tarojs/components'
import type { RostersPage, RosterView, SavedRoster } from '../../../domain/contracts/legal-aid'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { StatusBadge } from '../../../ui/status-badge'
import type { RostersState } from '../hooks/use-rosters'
import { rosterDraftOf, rosterSummary } from '../model/roster-form'
import { RosterEditor } from './roster-editor'
import './rosters-screen.css'

export interface RosterItemProps {
  readonly page: RostersPage
  readonly roster: RosterView
  readonly editing: boolean
  /** What the last change to this roster did, in words. */
  readonly notice: string | null
  readonly save: RostersState['save']
  readonly onEdit: () => void
  readonly onSaved: (saved: SavedRoster) => void
  readonly onCancel: () => void
  readonly onRetire: () => void
  readonly onRestore: () => void
}

/** One roster: what it makes, and changing, retiring or restoring it; opened, the editor holds its rule. */
export function RosterItem({ page, roster, editing, notice, save, onEdit, onSaved, onCancel, onRetire, onRestore }: RosterItemProps) {
  const title = `${roster.serviceName} · ${roster.hostName}`
  const summary = rosterSummary(roster)
  // Two rosters of one host read alike by title: the buttons say which rule they change.
  const which = `${title}，${summary}`
  return (
    <View className='rosters__item' {...a11yProps({ role: 'group', label: title })}>
      <View className='rosters__item-head'>
        <Text className='rosters__item-title'>{title}</Text>
        <StatusBadge tone={roster.active ? 'success' : 'neutral'} label={roster.active ? '在用' : '停用'} />
      </View>
      <Text>{summary}</Text>
      <Text className='rosters__meta'>
        {roster.room}
        {roster.bookingsAhead > 0 ? ` · 以后已有 ${roster.bookingsAhead} 个预约` : ''}
      </Text>
      {notice === null ? null : (
        <View className='rosters__done' {...a11yProps({ live: 'polite' })}>
          {notice}
        </View>
      )}
      {editing ? (
        <RosterEditor page={page} initial={rosterDraftOf(roster)} rosterId={roster.id} save={save} onSaved={onSaved} onCancel={onCancel} />
      ) : (
        <View className='rosters__item-actions'>
          <Button variant='secondary' spokenLabel={`修改：${which}`} disabled={save.pending} onClick={onEdit}>
            修改
          </Button>
          {roster.active ? (
            <Button variant='secondary' spokenLabel={`停用：${which}`} disabled={save.pending} onClick={onRetire}>
              停用
            </Button>
          ) : (
            <Button variant='secondary' spokenLabel={`恢复使用：${which}`} loading={save.pending} onClick={onRestore}>
              恢复使用
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
