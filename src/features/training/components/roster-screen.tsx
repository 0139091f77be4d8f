import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CheckInCode, CourseRoster, RosterExport, RosterRow, SessionView } from '../../../domain/contracts/training'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { TextField } from '../../../ui/text-field'
import { useRoster, type RosterState } from '../hooks/use-roster'
import { sessionWords } from '../model/course-words'
import { attendanceCell, cancelCourseWarning, rosterAttendance, rosterCounts, rosterPerson, rosterState, takesPart } from '../model/roster-words'
import { trainingRoutes } from '../model/training-routes'
import { CheckInCodeSheet } from './check-in-code-sheet'
import { openRosterFile } from './roster-file'
import './training.css'

const REASON_MAX = 60

function Problem({ error }: { readonly error: unknown }) {
  if (error === undefined) return null
  return (
    <View className='training-problem' {...a11yProps({ live: 'assertive' })}>
      ⚠ {errorMessage(error)}
    </View>
  )
}

function Row({ row, sessions, state }: { readonly row: RosterRow; readonly sessions: readonly SessionView[]; readonly state: RosterState }) {
  return (
    <View className='training-roster__row' {...a11yProps({ role: 'listitem' })}>
      <Text className='training-roster__person'>{rosterPerson(row)}</Text>
      <Text>{rosterState(row)}</Text>
      {[row.employer, row.union, row.trade, row.age === null ? null : `${row.age} 岁`].some(part => part !== null) ? (
        <Text className='training-rule'>{[row.employer, row.union, row.trade, row.age === null ? null : `${row.age} 岁`].filter(part => part !== null).join(' · ')}</Text>
      ) : null}
      {takesPart(row) ? (
        <>
          <Text>{rosterAttendance(row, sessions.length)}</Text>
          <View className='training-roster__cells'>
            {sessions.map((session, index) => {
              const cell = attendanceCell(row, session, index)
              return (
                <View
                  key={session.sessionId}
                  className={cell.attended ? 'training-roster__cell training-roster__cell--on' : 'training-roster__cell'}
                  onClick={() => void state.attendance.run(row.enrollmentId, session.sessionId, !cell.attended)}
                  {...a11yProps({ role: 'checkbox', checked: cell.attended, label: cell.spoken, disabled: state.attendance.pending })}
                >
                  <Text>{cell.text}</Text>
                </View>
              )
            })}
          </View>
        </>
      ) : null}
    </View>
  )
}

function CancelCourse({ roster, state }: { readonly roster: CourseRoster; readonly state: RosterState }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [done, setDone] = useState<number | null>(null)
  if (done !== null) {
    return (
      <View className='training-notice' {...a11yProps({ live: 'polite' })}>
        已取消这门课，已通知 {done} 人。
      </View>
    )
  }
  if (roster.course.status === 'cancelled') return <Text className='training-rule'>这门课已取消{roster.course.cancelledReason === null ? '' : `：${roster.course.cancelledReason}`}</Text>
  return (
    <>
      <Button variant='danger' icon='trash' block onClick={() => setOpen(true)}>
        取消这门课
      </Button>
      <ConfirmDialog
        open={open}
        title='取消这门课？'
        message={cancelCourseWarning(roster)}
        confirmLabel='确定取消课程'
        cancelLabel='不取消'
        danger
        confirming={state.cancel.pending}
        confirmDisabled={reason.trim() === ''}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          void state.cancel.run(reason.trim()).then(result => {
            if (result === undefined) return
            setOpen(false)
            setDone(result.notified)
          })
        }}
      >
        <TextField label='取消原因（会通知报名的人）' value={reason} onChange={setReason} maxLength={REASON_MAX} placeholder='例如：场地临时无法使用，改期另行通知' />
        <Problem error={state.cancel.error} />
      </ConfirmDialog>
    </>
  )
}

function Body({ roster, state }: { readonly roster: CourseRoster; readonly state: RosterState }) {
  const { course } = roster
  const [shown, setShown] = useState<{ readonly code: CheckInCode; readonly index: number } | null>(null)
  const [exported, setExported] = useState<RosterExport | null>(null)
  const [opening, setOpening] = useState<unknown>(undefined)
  const shownSession = shown === null ? undefined : course.sessions.find(session => session.sessionId === shown.code.sessionId)
  const exportRoster = async () => {
    const file = await state.exportFile.run()
    if (file === undefined) return
    setExported(file)
    try {
      setOpening(undefined)
      await openRosterFile(file.url, file.fileName)
    } catch (failure) {
      setOpening(failure)
    }
  }
  const rows = [...roster.rows, ...state.moreRows]
  return (
    <View className='training-roster'>
      <Card className='training-card'>
        <Text className='training-card__title' {...a11yProps({ role: 'heading', level: 2 })}>
          {course.title}
        </Text>
        <Text className='training-card__line'>{rosterCounts(roster)}</Text>
        <Text className='training-card__line'>共 {course.capacity} 个名额，还剩 {course.placesLeft} 个</Text>
      </Card>
      <View className='training-roster__actions'>
        <Button block icon='save' loading={state.exportFile.pending} onClick={() => void exportRoster()}>
          导出名单（Excel）
        </Button>
        {exported === null ? null : (
          <Text className='training-notice' {...a11yProps({ live: 'polite' })}>
            已导出 {exported.rows} 人：{exported.fileName}
          </Text>
        )}
        <Problem error={state.exportFile.error} />
        {opening === undefined ? null : <Text className='training-problem'>⚠ 文件没能打开，请稍后再试</Text>}
        {course.status === 'cancelled' ? null : (
          <Button variant='secondary' block icon='edit' onClick={() => void Taro.navigateTo({ url: trainingRoutes.staffEdit(course.courseId) })}>
            修改课程
          </Button>
        )}
      </View>
      <Section title='签到码' description='每次课一个码，上课时在现场出示给职工扫'>
        <View className='training-sessions'>
          {course.sessions.map((session, index) => (
            <View key={session.sessionId} className='training-roster__session'>
              <Text>{sessionWords(session, index, course.venue)}</Text>
              <Button
                variant='secondary'
                icon='view'
                loading={state.code.pending}
                spokenLabel={`出示第 ${index + 1} 次课的签到码`}
                onClick={() => {
                  void state.code.run(session.sessionId).then(code => {
                    if (code !== undefined) setShown({ code, index })
                  })
                }}
              >
                出示签到码
              </Button>
            </View>
          ))}
        </View>
        <Problem error={state.code.error} />
      </Section>
      <Section title='名单' description='点每次课的“已到/未到”可以手动改签到'>
        <Problem error={state.attendance.error} />
        <View className='training-roster__rows' {...a11yProps({ role: 'list', label: '名单' })}>
          {rows.length === 0 ? <Text>还没有人报名。</Text> : rows.map(row => <Row key={row.enrollmentId} row={row} sessions={course.sessions} state={state} />)}
        </View>
        {!state.hasMore ? null : (
          <Button variant='secondary' block loading={state.loadMore.pending} onClick={() => void state.loadMore.run()}>
            加载更多
          </Button>
        )}
      </Section>
      <Section title='取消课程' description='会通知所有已报名和候补的人'>
        <CancelCourse roster={roster} state={state} />
      </Section>
      {shown === null || shownSession === undefined ? null : <CheckInCodeSheet code={shown.code} session={shownSession} index={shown.index} onClose={() => setShown(null)} />}
    </View>
  )
}

/** Staff: one course's roster with states, waitlist positions and attendance; check-in codes, export, cancelling. */
export function RosterScreen({ courseId }: { readonly courseId: string }) {
  const state = useRoster(courseId)
  if (state.roster.data === undefined) {
    if (state.roster.status === 'error') return <ErrorState message={errorMessage(state.roster.error)} onRetry={state.roster.retry} />
    return <LoadingState label='正在打开名单…' />
  }
  return <Body roster={state.roster.data} state={state} />
}
