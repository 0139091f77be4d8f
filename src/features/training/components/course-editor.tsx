import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CourseDetail, EditableCourse } from '../../../domain/contracts/training'
import { AUDIENCE_LABELS, AUDIENCES, COURSE_KIND_LABELS, COURSE_KINDS, DETAIL_FIELD_LABELS, DETAIL_FIELDS, type CourseKind } from '../../../domain/training/course-kinds'
import { shanghaiDateKey } from '../../../domain/time/shanghai-time'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { CheckList } from '../../../ui/check-list'
import { ChoiceList } from '../../../ui/choice-list'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { SwitchRow } from '../../../ui/switch-row'
import { TextArea } from '../../../ui/text-area'
import { TextField } from '../../../ui/text-field'
import { useCourseEditor, type CourseEditorState } from '../hooks/use-course-editor'
import { useManagedCourses } from '../hooks/use-managed-courses'
import { courseInputFrom, draftFromInput, emptyCourseDraft, emptyQuotaDraft, emptySessionDraft, type CourseDraft, type QuotaDraft, type SessionDraft } from '../model/course-form'
import { trainingRoutes } from '../model/training-routes'
import { MomentField } from './moment-field'
import './training.css'

const NO_PREREQUISITE = 'none'

function SessionRow({ row, index, onChange, onRemove }: { readonly row: SessionDraft; readonly index: number; readonly onChange: (row: SessionDraft) => void; readonly onRemove?: () => void }) {
  const name = `第 ${index + 1} 次课`
  return (
    <View className='training-row' {...a11yProps({ role: 'group', label: name })}>
      <Text className='training-row__title'>{name}</Text>
      <TextField label={`${name}：名称`} value={row.title} onChange={title => onChange({ ...row, title })} maxLength={40} placeholder='例如：数控编程理论' />
      <TextField label={`${name}：日期`} value={row.day} onChange={day => onChange({ ...row, day })} maxLength={10} placeholder='2026-11-04' />
      <View className='training-moment'>
        <TextField label={`${name}：开始`} value={row.start} onChange={start => onChange({ ...row, start })} maxLength={5} placeholder='09:00' />
        <TextField label={`${name}：结束`} value={row.end} onChange={end => onChange({ ...row, end })} maxLength={5} placeholder='12:00' />
      </View>
      <TextField label={`${name}：地点（不填就是课程地点）`} value={row.venue} onChange={venue => onChange({ ...row, venue })} maxLength={60} />
      {onRemove === undefined ? null : (
        <Button variant='secondary' icon='trash' spokenLabel={`删掉${name}`} onClick={onRemove}>
          删掉这次课
        </Button>
      )}
    </View>
  )
}

function QuotaRow({ row, index, onChange, onRemove }: { readonly row: QuotaDraft; readonly index: number; readonly onChange: (row: QuotaDraft) => void; readonly onRemove: () => void }) {
  const name = `第 ${index + 1} 个基层工会名额`
  return (
    <View className='training-row' {...a11yProps({ role: 'group', label: name })}>
      <Text className='training-row__title'>{name}</Text>
      <TextField label={`${name}：基层工会`} value={row.union} onChange={union => onChange({ ...row, union })} maxLength={40} placeholder='例如：某某公司工会' />
      <TextField label={`${name}：名额`} type='number' value={row.places} onChange={places => onChange({ ...row, places })} maxLength={4} />
      <MomentField label={`${name}：保留到`} value={row.until} onChange={until => onChange({ ...row, until })} />
      <Button variant='secondary' icon='trash' spokenLabel={`删掉${name}`} onClick={onRemove}>
        删掉这个名额
      </Button>
    </View>
  )
}

function replaceAt<T>(rows: readonly T[], index: number, row: T): T[] {
  return rows.map((current, at) => (at === index ? row : current))
}

function Saved({ course, creating }: { readonly course: CourseDetail; readonly creating: boolean }) {
  return (
    <Card className='training-standing'>
      <View className='training-standing__headline' {...a11yProps({ live: 'polite', role: 'heading', level: 2 })}>
        {creating ? '已发布' : '已保存'}：{course.title}
      </View>
      <Text>{creating ? '职工在报名时间内就能在“服务 → 技能培训”里报名。' : '改动已生效，已报名的人名额不变。'}</Text>
      <Button block icon='folder' onClick={() => void Taro.redirectTo({ url: trainingRoutes.staffRoster(course.courseId) })}>
        名单和签到
      </Button>
      <Button variant='secondary' block onClick={() => void Taro.redirectTo({ url: trainingRoutes.staffCourses })}>
        返回课程列表
      </Button>
    </Card>
  )
}

function Editor({ courseId, initial, save }: { readonly courseId: string | null; readonly initial: CourseDraft; readonly save: CourseEditorState['save'] }) {
  const [draft, setDraft] = useState<CourseDraft>(initial)
  const [problems, setProblems] = useState<readonly string[]>([])
  const [saved, setSaved] = useState<CourseDetail | null>(null)
  const others = useManagedCourses()
  const update = (change: Partial<CourseDraft>) => setDraft(current => ({ ...current, ...change }))
  if (saved !== null) return <Saved course={saved} creating={courseId === null} />
  const submit = async () => {
    const checked = courseInputFrom(draft)
    if (!checked.ok) {
      setProblems(checked.problems)
      return
    }
    setProblems([])
    const result = await save.run(checked.input)
    if (result !== undefined) setSaved(result)
  }
  const prerequisites = [{ key: NO_PREREQUISITE, label: '不需要' }, ...others.items.filter(course => course.courseId !== courseId && course.status !== 'cancelled').map(course => ({ key: course.courseId, label: course.title }))]
  return (
    <View className='training-form training-editor'>
      <Section title='是什么'>
        <ChoiceList<CourseKind> label='类型' selected={draft.kind} onSelect={kind => update({ kind })} choices={COURSE_KINDS.map(kind => ({ key: kind, label: COURSE_KIND_LABELS[kind] }))} />
        <TextField label='名称' value={draft.title} onChange={title => update({ title })} maxLength={60} placeholder='例如：“金蓝领”数控技能培训' />
        <TextField label='主办单位' value={draft.organiser} onChange={organiser => update({ organiser })} maxLength={60} placeholder='例如：市总工会、荆州职业技术学院' />
        <TextField label='地点' value={draft.venue} onChange={venue => update({ venue })} maxLength={60} placeholder='例如：工会二楼会议室' />
        <TextArea label='介绍（可不写）' value={draft.description} onChange={description => update({ description })} maxLength={2000} placeholder='学什么、结业后有什么（例如推荐就业）' />
      </Section>
      <Section title='谁能报名'>
        <CheckList label='参加对象' checked={draft.audiences} onChange={audiences => update({ audiences })} choices={AUDIENCES.map(audience => ({ key: audience, label: AUDIENCE_LABELS[audience] }))} />
        <View className='training-moment'>
          <TextField label='最小年龄（不限就空着）' type='number' value={draft.minAge} onChange={minAge => update({ minAge })} maxLength={2} />
          <TextField label='最大年龄（不限就空着）' type='number' value={draft.maxAge} onChange={maxAge => update({ maxAge })} maxLength={2} />
        </View>
        <SwitchRow label='结业过的人不能再报' checked={draft.onceOnly} onChange={onceOnly => update({ onceOnly })} />
        <ChoiceList label='需要先完成的课程' selected={draft.requiresCourseId ?? NO_PREREQUISITE} onSelect={key => update({ requiresCourseId: key === NO_PREREQUISITE ? null : key })} choices={prerequisites} />
        <CheckList label='报名时还要填（姓名、手机号总是要填）' checked={draft.detailFields} onChange={detailFields => update({ detailFields })} choices={DETAIL_FIELDS.map(field => ({ key: field, label: DETAIL_FIELD_LABELS[field] }))} />
      </Section>
      <Section title='名额和报名时间' description='都是北京时间'>
        <TextField label='名额' type='number' value={draft.capacity} onChange={capacity => update({ capacity })} maxLength={4} placeholder='例如：80' />
        <MomentField label='报名开始' value={draft.signUpOpens} onChange={signUpOpens => update({ signUpOpens })} />
        <MomentField label='报名截止' value={draft.signUpCloses} onChange={signUpCloses => update({ signUpCloses })} />
        <MomentField label='取消截止' value={draft.cancelUntil} onChange={cancelUntil => update({ cancelUntil })} />
        <TextField label='候补确认时限（小时）' type='number' value={draft.claimWindowHours} onChange={claimWindowHours => update({ claimWindowHours })} maxLength={3} hint='有人退出时，为下一位候补保留名额的时间' />
        <TextField label='结业出勤要求（%）' type='number' value={draft.completionPercent} onChange={completionPercent => update({ completionPercent })} maxLength={3} hint='例如 80：8 次课到 7 次（向上取整）' />
      </Section>
      <Section title='上课安排' description='每次课都有自己的签到码'>
        {draft.sessions.map((row, index) => (
          <SessionRow
            key={row.key}
            row={row}
            index={index}
            onChange={next => update({ sessions: replaceAt(draft.sessions, index, next) })}
            onRemove={draft.sessions.length === 1 ? undefined : () => update({ sessions: draft.sessions.filter(other => other.key !== row.key) })}
          />
        ))}
        <Button variant='secondary' icon='edit' onClick={() => update({ sessions: [...draft.sessions, emptySessionDraft(draft.sessions[draft.sessions.length - 1]?.day ?? draft.signUpCloses.day)] })}>
          加一次课
        </Button>
      </Section>
      <Section title='基层工会名额（可不设）' description='为某个基层工会保留的名额，到期没用完的回到公开名额'>
        {draft.quotas.map((row, index) => (
          <QuotaRow key={row.key} row={row} index={index} onChange={next => update({ quotas: replaceAt(draft.quotas, index, next) })} onRemove={() => update({ quotas: draft.quotas.filter(other => other.key !== row.key) })} />
        ))}
        <Button variant='secondary' icon='edit' onClick={() => update({ quotas: [...draft.quotas, emptyQuotaDraft(draft.signUpCloses)] })}>
          加一个基层工会名额
        </Button>
      </Section>
      <View className='training-editor__submit'>
        {problems.length === 0 && save.error === undefined ? null : (
          <View className='training-problem' {...a11yProps({ live: 'assertive', role: 'list', label: '需要改正的地方' })}>
            {problems.length === 0 ? <Text>⚠ {errorMessage(save.error)}</Text> : problems.map(problem => <Text key={problem} className='training-problem__item' {...a11yProps({ role: 'listitem' })}>⚠ {problem}</Text>)}
          </View>
        )}
        <Button block icon='save' loading={save.pending} onClick={() => void submit()}>
          {courseId === null ? '发布' : '保存修改'}
        </Button>
      </View>
    </View>
  )
}

/** Staff: create or edit a course or competition, every field of the course input, with plain-words problems. */
export function CourseEditor({ courseId }: { readonly courseId: string | null }) {
  const state = useCourseEditor(courseId)
  if (state.editable.data === undefined) {
    if (state.editable.status === 'error') return <ErrorState message={errorMessage(state.editable.error)} onRetry={state.editable.retry} />
    return <LoadingState label='正在打开课程…' />
  }
  const editable: EditableCourse | null = state.editable.data
  const initial = editable === null ? emptyCourseDraft(shanghaiDateKey(Date.now())) : draftFromInput(editable.input)
  return <Editor key={editable?.courseId ?? 'new'} courseId={courseId} initial={initial} save={state.save} />
}
