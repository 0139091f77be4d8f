import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CheckInResult } from '../../../domain/contracts/training'
import { canRetry } from '../../../lib/cloud-error'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { EmptyState } from '../../../ui/empty-state'
import { LoadingState } from '../../../ui/loading-state'
import { useCheckIn } from '../hooks/use-check-in'
import { attendanceWords } from '../model/check-in-scene'
import { TRAINING_PAGES } from '../model/training-pages'
import { trainingRoutes } from '../model/training-routes'
import './training.css'

function Done({ result }: { readonly result: CheckInResult }) {
  return (
    <Card className='training-standing'>
      <View className='training-standing__headline' {...a11yProps({ live: 'polite', role: 'heading', level: 2 })}>
        {result.alreadyCheckedIn ? '这次课您已经签过到了' : '签到成功'}
      </View>
      <Text className='training-card__title'>{result.courseTitle}</Text>
      <Text>{result.sessionTitle}</Text>
      <Text>{attendanceWords(result)}</Text>
      {result.completed ? (
        <Button block icon='view' onClick={() => void Taro.navigateTo({ url: trainingRoutes.certificate(result.courseId) })}>
          查看结业证书
        </Button>
      ) : null}
      <Button variant='secondary' block onClick={() => void Taro.navigateTo({ url: trainingRoutes.course(result.courseId) })}>
        查看课程
      </Button>
    </Card>
  )
}

/** 签到: opened by scanning the session's code at the venue; checks in at once and says how it went. */
export function CheckInScreen({ scene }: { readonly scene: string | null }) {
  const [result, setResult] = useState<CheckInResult | null>(null)
  const action = useCheckIn(scene, setResult)
  if (scene === null) {
    return <EmptyState icon='warning' title='这个签到码无法识别' description='请用微信扫工作人员在上课现场出示的签到码' />
  }
  if (result !== null) return <Done result={result} />
  if (action.error !== undefined) {
    return (
      <Card className='training-closed'>
        <View className='training-closed__title' {...a11yProps({ live: 'assertive', role: 'heading', level: 2 })}>
          没有签上到
        </View>
        <Text>{errorMessage(action.error)}</Text>
        {canRetry(action.error) ? (
          <Button block icon='refresh' onClick={() => void action.run()}>
            再试一次
          </Button>
        ) : null}
        <Button variant='secondary' block onClick={() => void Taro.redirectTo({ url: TRAINING_PAGES.mine })}>
          查看我的培训
        </Button>
      </Card>
    )
  }
  return <LoadingState label='正在签到…' />
}
