import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CaseRow, DaySheet, DaySlot } from '../../../domain/contracts/legal-aid'
import { CASE_OUTCOMES, type CaseOutcomeKind } from '../../../domain/legal-aid/case-outcomes'
import { ASSIGNEE_KIND_LABELS, ASSIGNEE_KINDS, assigneesFor, type AssigneeKind } from '../../../domain/legal-aid/case-status'
import { dayWords } from '../../../domain/legal-aid/when-words'
import { addDays, shanghaiDateKey } from '../../../domain/time/shanghai-time'
import { errorMessage } from '../../../lib/error-messages'
import { useRemote } from '../../../lib/use-remote'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { StatusBadge } from '../../../ui/status-badge'
import { TextArea } from '../../../ui/text-area'
import { listHandlers } from '../api/list-handlers'
import { useCaseForHost } from '../hooks/use-case-for-host'
import { useCaseSteps } from '../hooks/use-case-steps'
import { useReceptionDay } from '../hooks/use-reception-day'
import { caseTone } from '../model/case-tone'
import { ChoiceList } from '../../../ui/choice-list'
import { StatisticsLink } from './statistics-link'
import './reception-day.css'

const OUTCOME_NOTE_MAX = 300

/** Who and about what, as the host reads it and a screen reader says it. */
function rowWords(row: CaseRow): string {
  return `${row.contactName ?? '已删除资料的职工'}，${row.caseTypeLabel}${row.phoneMasked === null ? '' : `，电话 ${row.phoneMasked}`}`
}

interface CaseHandling {
  readonly onChanged: () => void
  readonly onClose: (row: CaseRow) => void
  readonly onAssign: (row: CaseRow) => void
}

function CaseActions({ row, onChanged, onClose, onAssign }: { readonly row: CaseRow } & CaseHandling) {
  const { attend, progress } = useCaseSteps(row.caseId, onChanged)
  const busy = attend.pending || progress.pending
  const failure = attend.error ?? progress.error
  const buttons =
    row.status === 'booked' ? (
      <>
        <Button icon='success' disabled={busy} spokenLabel={`已接待：${rowWords(row)}`} onClick={() => void attend.run(true)}>
          已接待
        </Button>
        <Button variant='secondary' disabled={busy} spokenLabel={`未到场：${rowWords(row)}`} onClick={() => void attend.run(false)}>
          未到场
        </Button>
      </>
    ) : row.status === 'attended' || row.status === 'mediating' || row.status === 'assigned' ? (
      <>
        {row.status === 'attended' ? (
          <Button variant='secondary' disabled={busy} spokenLabel={`调解中：${rowWords(row)}`} onClick={() => void progress.run({ kind: 'mediating' })}>
            调解中
          </Button>
        ) : null}
        <Button variant='secondary' disabled={busy} spokenLabel={`指派或包案：${rowWords(row)}`} onClick={() => onAssign(row)}>
          {row.status === 'assigned' ? '改派' : '指派或包案'}
        </Button>
        <Button disabled={busy} spokenLabel={`办结：${rowWords(row)}`} onClick={() => onClose(row)}>
          办结
        </Button>
      </>
    ) : row.status === 'no-show' ? (
      <Button variant='secondary' disabled={busy} spokenLabel={`改为已接待：${rowWords(row)}`} onClick={() => void attend.run(true)}>
        改为已接待
      </Button>
    ) : null
  if (buttons === null) return null
  return (
    <View className='reception__actions'>
      {buttons}
      {failure === undefined ? null : (
        <View className='reception__problem' {...a11yProps({ live: 'assertive' })}>
          ⚠ {errorMessage(failure)}
        </View>
      )}
    </View>
  )
}

/** What the worker wrote, opened on request (each opening is audited), and a call to them. */
function CaseDetail({ row }: { readonly row: CaseRow }) {
  const host = useCaseForHost(row.caseId)
  const failure = host.open.error ?? host.call.error
  return (
    <View className='reception__detail'>
      {host.opened === null ? (
        row.hasDescription ? (
          <Button variant='secondary' loading={host.open.pending} spokenLabel={`看情况说明：${rowWords(row)}`} onClick={() => void host.open.run()}>
            看情况说明
          </Button>
        ) : (
          <Text className='reception__slot-meta'>没有写情况说明</Text>
        )
      ) : (
        <Text className='reception__description'>{host.opened.description ?? '没有写情况说明'}</Text>
      )}
      {row.phoneMasked === null ? null : (
        <Button variant='secondary' icon='phone' loading={host.call.pending} spokenLabel={`打电话：${rowWords(row)}`} onClick={() => void host.call.run()}>
          打电话
        </Button>
      )}
      {failure === undefined ? null : <View className='reception__problem'>⚠ {errorMessage(failure)}</View>}
    </View>
  )
}

function SlotBlock({ slot, ...handling }: { readonly slot: DaySlot } & CaseHandling) {
  return (
    <View className='reception__slot'>
      <Text className='reception__slot-title' {...a11yProps({ role: 'heading', level: 3 })}>
        {slot.start}–{slot.end} {slot.serviceName}
      </Text>
      <Text className='reception__slot-meta'>
        {slot.room} · {slot.hostName} · 已约 {slot.booked}/{slot.capacity}
        {slot.closedReason === null ? '' : ` · 暂停：${slot.closedReason}`}
        {slot.withdrawn ? ' · 排班已停用：只接待已约的人，不再接受新预约' : ''}
      </Text>
      {slot.cases.length === 0 ? <Text className='reception__slot-meta'>没有人预约</Text> : null}
      {slot.cases.map(row => (
        <View key={row.caseId} className='reception__case'>
          <View className='reception__case-head'>
            <Text className='reception__case-who'>{rowWords(row)}</Text>
            <StatusBadge tone={caseTone(row.status)} label={row.statusLabel} />
          </View>
          {row.employer === null ? null : <Text className='reception__slot-meta'>单位：{row.employer}</Text>}
          <CaseDetail row={row} />
          <CaseActions row={row} {...handling} />
        </View>
      ))}
    </View>
  )
}

function CloseCaseDialog({ row, onChanged, onDone }: { readonly row: CaseRow | null; readonly onChanged: () => void; readonly onDone: () => void }) {
  const { progress } = useCaseSteps(row?.caseId ?? '', onChanged)
  const [outcome, setOutcome] = useState<CaseOutcomeKind | null>(null)
  const [note, setNote] = useState('')
  const finish = () => {
    setOutcome(null)
    setNote('')
    onDone()
  }
  return (
    <ConfirmDialog
      open={row !== null}
      title='办结这个案件'
      message={row === null ? '' : `${rowWords(row)}。选一个结果，职工会看到它的白话说明。`}
      confirmLabel='确定办结'
      confirmDisabled={outcome === null}
      confirming={progress.pending}
      onCancel={finish}
      onConfirm={() => {
        if (row === null || outcome === null) return
        const trimmed = note.trim()
        void progress.run({ kind: 'close', outcome, ...(trimmed === '' ? {} : { note: trimmed }) }).then(result => {
          if (result !== undefined) finish()
        })
      }}
    >
      <ChoiceList<CaseOutcomeKind> label='办理结果' selected={outcome} onSelect={setOutcome} choices={CASE_OUTCOMES.map(entry => ({ key: entry.key, label: entry.label }))} />
      <TextArea label='写给职工的话（可不写）' value={note} onChange={setNote} maxLength={OUTCOME_NOTE_MAX} placeholder='例如：单位同意月底前补发工资' />
      {progress.error === undefined ? null : <Text className='reception__problem'>⚠ {errorMessage(progress.error)}</Text>}
    </ConfirmDialog>
  )
}

/**
 * 指派或包案: hands a received case to a lawyer, or to a union leader who follows it to the end (领导包案).
 * The worker sees who follows their case and gets a message.
 */
function AssignCaseDialog({ row, onChanged, onDone }: { readonly row: CaseRow | null; readonly onChanged: () => void; readonly onDone: () => void }) {
  const { progress } = useCaseSteps(row?.caseId ?? '', onChanged)
  const handlers = useRemote(() => (row === null ? Promise.resolve([]) : listHandlers()), [row?.caseId], { isEmpty: () => false })
  const [kind, setKind] = useState<AssigneeKind>('lawyer')
  const [assignee, setAssignee] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const people = assigneesFor(kind, handlers.data ?? [])
  const finish = () => {
    setAssignee(null)
    setNote('')
    onDone()
  }
  return (
    <ConfirmDialog
      open={row !== null}
      title='指派或包案'
      message={row === null ? '' : `${rowWords(row)}。交给谁跟进，职工会看到是谁负责。`}
      confirmLabel='确定指派'
      confirmDisabled={assignee === null}
      confirming={progress.pending}
      onCancel={finish}
      onConfirm={() => {
        if (row === null || assignee === null) return
        const trimmed = note.trim()
        void progress.run({ kind: 'assign', assigneeKind: kind, assigneeUserId: assignee, ...(trimmed === '' ? {} : { note: trimmed }) }).then(result => {
          if (result !== undefined) finish()
        })
      }}
    >
      <ChoiceList<AssigneeKind>
        compact
        label='怎么跟进'
        selected={kind}
        onSelect={next => {
          setKind(next)
          setAssignee(null)
        }}
        choices={ASSIGNEE_KINDS.map(key => ({ key, label: ASSIGNEE_KIND_LABELS[key] }))}
      />
      {handlers.data === undefined ? (
        handlers.status === 'error' ? <ErrorState message={errorMessage(handlers.error)} onRetry={handlers.retry} /> : <LoadingState label='正在找可以指派的人…' />
      ) : people.length === 0 ? (
        <Text className='reception__slot-meta'>{kind === 'lawyer' ? '还没有律师账号，请管理员在“用户与角色”里设置' : '还没有工会工作人员账号'}</Text>
      ) : (
        <ChoiceList<string> label={kind === 'lawyer' ? '选律师' : '选包案领导'} selected={assignee} onSelect={setAssignee} choices={people.map(person => ({ key: person.userId, label: person.name }))} />
      )}
      <TextArea label='写给职工的话（可不写）' value={note} onChange={setNote} maxLength={OUTCOME_NOTE_MAX} placeholder='例如：由王律师帮您准备仲裁材料' />
      {progress.error === undefined ? null : <Text className='reception__problem'>⚠ {errorMessage(progress.error)}</Text>}
    </ConfirmDialog>
  )
}

export interface ReceptionDayScreenProps {
  /** Staff and admins may see every host's list; a lawyer sees their own. */
  readonly canSeeAll: boolean
}

/** 今日接待: a day's appointments, who and about what, and the host's steps: attended, no-show, handed on, closed with an outcome. */
export function ReceptionDayScreen({ canSeeAll }: ReceptionDayScreenProps) {
  const [day, setDay] = useState(() => shanghaiDateKey(new Date()))
  const [scope, setScope] = useState<DaySheet['scope']>(canSeeAll ? 'all' : 'mine')
  const [closing, setClosing] = useState<CaseRow | null>(null)
  const [assigning, setAssigning] = useState<CaseRow | null>(null)
  const { sheet, reload } = useReceptionDay(day, scope)

  return (
    <View className='reception'>
      <View className='reception__bar'>
        <Button variant='secondary' onClick={() => setDay(current => addDays(current, -1))}>
          前一天
        </Button>
        <View className='reception__day' {...a11yProps({ live: 'polite' })}>
          {dayWords(day)}
        </View>
        <Button variant='secondary' onClick={() => setDay(current => addDays(current, 1))}>
          后一天
        </Button>
      </View>
      {canSeeAll ? (
        <View className='reception__scope'>
          <ChoiceList<DaySheet['scope']>
            compact
            label='看谁的接待'
            selected={scope}
            onSelect={setScope}
            choices={[
              { key: 'all', label: '全部' },
              { key: 'mine', label: '我接待的' },
            ]}
          />
        </View>
      ) : null}
      {sheet.data === undefined || sheet.data.day !== day || sheet.data.scope !== scope ? (
        sheet.status === 'error' ? (
          <ErrorState message={errorMessage(sheet.error)} onRetry={sheet.retry} />
        ) : (
          <LoadingState label='正在打开接待名单…' />
        )
      ) : sheet.data.slots.length === 0 ? (
        <EmptyState title='这天没有排班' description='可以看看前一天或后一天' />
      ) : (
        sheet.data.slots.map(slot => <SlotBlock key={slot.slotId} slot={slot} onChanged={reload} onClose={setClosing} onAssign={setAssigning} />)
      )}
      {canSeeAll ? <StatisticsLink /> : null}
      <CloseCaseDialog key={closing?.caseId ?? 'none'} row={closing} onChanged={reload} onDone={() => setClosing(null)} />
      <AssignCaseDialog key={`assign-${assigning?.caseId ?? 'none'}`} row={assigning} onChanged={reload} onDone={() => setAssigning(null)} />
    </View>
  )
}
