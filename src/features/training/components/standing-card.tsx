import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CourseDetail, MyEnrollment } from '../../../domain/contracts/training'
import { OPEN_ENROLLMENT_STATES } from '../../../domain/training/enrollment-states'
import { callHotline } from '../../../lib/call-hotline'
import { UNION_HOTLINE } from '../../../lib/app-info'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ConfirmDialog } from '../../../ui/confirm-dialog'
import { ListItem } from '../../../ui/list-item'
import type { CourseState } from '../hooks/use-course'
import { cancelRuleWords, enrollmentHeadline, enrollmentNextStep, withdrawConsequence, withdrawLabel } from '../model/enrollment-words'
import { trainingRoutes } from '../model/training-routes'
import './training.css'

export interface StandingCardProps {
  readonly course: CourseDetail
  readonly mine: MyEnrollment
  readonly claim: CourseState['claim']
  readonly withdraw: CourseState['withdraw']
  /** The sentence about how the person will hear (asked in the 报名 tap), shown once after signing up. */
  readonly notice: string | null
}

/** Where the person stands: the answer in plain words, claiming an offer, withdrawing until the cut-off, whom to call after it. */
export function StandingCard({ course, mine, claim, withdraw, notice }: StandingCardProps) {
  const [confirming, setConfirming] = useState(false)
  const open = OPEN_ENROLLMENT_STATES.includes(mine.state)
  const leave = withdrawLabel(mine.state)
  const failure = claim.error ?? withdraw.error
  return (
    <Card className='training-standing'>
      <View className='training-standing__headline' {...a11yProps({ live: 'polite', role: 'heading', level: 2 })}>
        {enrollmentHeadline(mine)}
      </View>
      <Text>{enrollmentNextStep(mine, course)}</Text>
      {notice === null ? null : <Text className='training-notice'>{notice}</Text>}
      {failure === undefined ? null : (
        <View className='training-problem' {...a11yProps({ live: 'assertive' })}>
          ⚠ {errorMessage(failure)}
        </View>
      )}
      {mine.state === 'offered' ? (
        <Button block icon='success' loading={claim.pending} onClick={() => void claim.run()}>
          确认参加
        </Button>
      ) : null}
      {mine.completed ? (
        <Button block icon='view' onClick={() => void Taro.navigateTo({ url: trainingRoutes.certificate(course.courseId) })}>
          查看结业证书
        </Button>
      ) : null}
      {open && leave !== null ? (
        mine.canCancel ? (
          <View className='training-standing__leave'>
            <Button variant='secondary' block loading={withdraw.pending} onClick={() => setConfirming(true)}>
              {leave}
            </Button>
            <Text className='training-rule'>{cancelRuleWords(mine)}</Text>
          </View>
        ) : (
          <View className='training-standing__leave'>
            <Text className='training-rule' {...a11yProps({ live: 'polite' })}>
              {cancelRuleWords(mine)}
            </Text>
            <Text>主办单位：{course.organiser}。也可以打职工服务热线，请他们转告：</Text>
            <ListItem icon='phone' title={`职工服务热线 ${UNION_HOTLINE}`} subtitle='点一下拨打，请他们转告主办单位' onClick={callHotline} />
          </View>
        )
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={`${leave ?? '取消'}？`}
        message={`《${course.title}》。${withdrawConsequence(mine.state)}`}
        confirmLabel={`确定${leave ?? '取消'}`}
        cancelLabel='再想想'
        danger
        confirming={withdraw.pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          void withdraw.run().then(() => setConfirming(false))
        }}
      />
    </Card>
  )
}
