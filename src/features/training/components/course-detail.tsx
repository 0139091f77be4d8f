import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CourseDetail, MyEnrollment } from '../../../domain/contracts/training'
import { requiredSessions } from '../../../domain/training/course-rules'
import { OPEN_ENROLLMENT_STATES } from '../../../domain/training/enrollment-states'
import { errorMessage } from '../../../lib/error-messages'
import { ensureConsent } from '../../../lib/privacy/consent-gate'
import { a11yProps } from '../../../ui/a11y-props'
import { Card } from '../../../ui/card'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { StatusBadge } from '../../../ui/status-badge'
import { Tag } from '../../../ui/tag'
import type { SignUpPayload } from '../api/sign-up'
import { useCourse, type CourseState } from '../hooks/use-course'
import { useOpeningCountdown } from '../hooks/use-opening-countdown'
import { audienceWords, courseBadge, courseDatesWords, placesWords, sessionWords, signUpWindowWords } from '../model/course-words'
import { SignUpForm } from './sign-up-form'
import { StandingCard } from './standing-card'
import './training.css'

export interface CourseDetailScreenProps {
  readonly courseId: string
  /**
   * Asks WeChat, inside the 报名 tap, for the sign-up result, the offer and the reminder messages, records
   * the answers, and answers the sentence that says how the person will hear. Called before anything is awaited.
   */
  readonly askForMessages?: () => Promise<string>
}

function Facts({ course }: { readonly course: CourseDetail }) {
  const badge = courseBadge(course)
  return (
    <Card className='training-card'>
      <View className='training-card__head'>
        <Tag label={course.kindLabel} emphasis={course.kind === 'competition'} />
        <StatusBadge tone={badge.tone} label={badge.label} />
      </View>
      <Text className='training-card__title' {...a11yProps({ role: 'heading', level: 2 })}>
        {course.title}
      </Text>
      {[`主办：${course.organiser}`, `地点：${course.venue}`, `时间：${courseDatesWords(course)}`, audienceWords(course.audienceLabels), placesWords(course), signUpWindowWords(course.signUp)].map(line => (
        <Text key={line} className='training-card__line'>
          {line}
        </Text>
      ))}
    </Card>
  )
}

function Eligibility({ course }: { readonly course: CourseDetail }) {
  const { eligibility } = course
  return (
    <Section title='报名条件' description='报名前请先看看自己是否符合'>
      <View className='training-eligibility' {...a11yProps({ role: 'list', label: '报名条件' })}>
        {eligibility.requirements.map(requirement => (
          <Text key={requirement} className='training-eligibility__item' {...a11yProps({ role: 'listitem' })}>
            • {requirement}
          </Text>
        ))}
      </View>
      {eligibility.eligible ? null : (
        <View className='training-ruled-out' {...a11yProps({ live: 'polite' })}>
          <Text className='training-ruled-out__title'>⚠ 您暂时不能报名这门课</Text>
          {eligibility.reasons.map(reason => (
            <Text key={reason}>{reason}</Text>
          ))}
        </View>
      )}
    </Section>
  )
}

function SignUpArea({ course, clockOffsetMs, state, onSubmit }: { readonly course: CourseDetail; readonly clockOffsetMs: number; readonly state: CourseState; readonly onSubmit: (payload: SignUpPayload) => void }) {
  const countdown = useOpeningCountdown(course.signUp.phase === 'upcoming' ? course.signUp.opensAt : null, clockOffsetMs, state.reload)
  if (!course.eligibility.eligible) return null
  if (course.signUp.phase === 'closed') {
    return (
      <Card className='training-closed'>
        <Text className='training-closed__title'>报名已结束</Text>
        <Text>{signUpWindowWords(course.signUp)}</Text>
      </Card>
    )
  }
  if (course.signUp.phase === 'upcoming') {
    return (
      <Card className='training-countdown'>
        <Text className='training-countdown__title'>
          {countdown ?? '报名马上开始…'}
        </Text>
        <Text>{signUpWindowWords(course.signUp)}</Text>
        <Text>名额按报名先后分配，满了可以候补。到时这里会出现报名表。</Text>
      </Card>
    )
  }
  return <SignUpForm course={course} pending={state.signUp.pending} error={state.signUp.error} onSubmit={onSubmit} />
}

function Body({ course, clockOffsetMs, state, askForMessages }: { readonly course: CourseDetail; readonly clockOffsetMs: number; readonly state: CourseState; readonly askForMessages?: () => Promise<string> }) {
  const [notice, setNotice] = useState<string | null>(null)
  const mine: MyEnrollment | null = state.mine
  const holding = mine !== null && (OPEN_ENROLLMENT_STATES.includes(mine.state) || mine.completed)
  const submit = async (payload: SignUpPayload) => {
    // A sign-up keeps the person's details: someone who chose 暂不同意 is asked now, and signs up after agreeing.
    if (!ensureConsent()) return
    // Asked in the tap itself, before anything is awaited: WeChat shows its prompt only then. The sign-up
    // waits for the answers to be recorded, since its result message is queued with it.
    if (askForMessages !== undefined && notice === null) setNotice(await askForMessages())
    await state.signUp.run(payload)
  }
  return (
    <View className='training-course'>
      <Facts course={course} />
      {course.status === 'cancelled' ? (
        <Card className='training-closed'>
          <Text className='training-closed__title'>这门课已取消</Text>
          {course.cancelledReason === null ? null : <Text>原因：{course.cancelledReason}</Text>}
        </Card>
      ) : null}
      {mine !== null && holding ? <StandingCard course={course} mine={mine} claim={state.claim} withdraw={state.withdraw} notice={notice} /> : null}
      {course.description === '' ? null : (
        <Section title='课程介绍'>
          <Text className='training-description'>{course.description}</Text>
        </Section>
      )}
      <Section title='上课安排' description={`每次上课请扫现场的签到码；到 ${requiredSessions(course.sessions.length, course.completionShare)} 次可以结业`}>
        <View className='training-sessions' {...a11yProps({ role: 'list', label: '上课安排' })}>
          {course.sessions.map((session, index) => (
            <Text key={session.sessionId} className='training-sessions__item' {...a11yProps({ role: 'listitem' })}>
              {sessionWords(session, index, course.venue)}
            </Text>
          ))}
        </View>
      </Section>
      <Eligibility course={course} />
      {course.status === 'cancelled' || holding ? null : (
        <>
          {mine === null ? null : <Text className='training-rule training-course__before'>您之前的报名：{mine.stateLabel}</Text>}
          <SignUpArea course={course} clockOffsetMs={clockOffsetMs} state={state} onSubmit={payload => void submit(payload)} />
        </>
      )}
    </View>
  )
}

/** One course: what, where and when, who may sign up, the opening countdown, signing up, and the person's standing. */
export function CourseDetailScreen({ courseId, askForMessages }: CourseDetailScreenProps) {
  const state = useCourse(courseId)
  const loaded = state.remote.data
  if (loaded === undefined) {
    if (state.remote.status === 'error') return <ErrorState message={errorMessage(state.remote.error)} onRetry={state.remote.retry} />
    return <LoadingState label='正在打开课程…' />
  }
  return <Body course={loaded.course} clockOffsetMs={loaded.clockOffsetMs} state={state} askForMessages={askForMessages} />
}
