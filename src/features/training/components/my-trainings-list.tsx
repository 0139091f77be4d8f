import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MyEnrollment } from '../../../domain/contracts/training'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { StatusBadge } from '../../../ui/status-badge'
import { useMyEnrollments } from '../hooks/use-my-enrollments'
import { enrollmentHeadline } from '../model/enrollment-words'
import { enrollmentTone } from '../model/enrollment-tone'
import { TRAINING_PAGES } from '../model/training-pages'
import { trainingRoutes } from '../model/training-routes'
import { PagedFooter } from './paged-footer'
import './training.css'

function EnrollmentRow({ item }: { readonly item: MyEnrollment }) {
  const progress = item.state === 'enrolled' ? (item.completed ? '已结业' : `已签到 ${item.attendedCount} / ${item.requiredCount} 次`) : enrollmentHeadline(item)
  return (
    <View className='training-mine__item'>
      <View
        className='training-mine__open'
        hoverClass='training-mine__open--pressed'
        onClick={() => void Taro.navigateTo({ url: trainingRoutes.course(item.courseId) })}
        {...a11yProps({ role: 'button', label: `${item.courseTitle}，${item.stateLabel}，${progress}` })}
      >
        <View className='training-card__head'>
          <Text className='training-mine__title'>{item.courseTitle}</Text>
          <StatusBadge tone={enrollmentTone(item)} label={item.completed ? '已结业' : item.stateLabel} />
        </View>
        <Text>{progress}</Text>
      </View>
      {item.completed ? (
        <Button variant='secondary' icon='view' block onClick={() => void Taro.navigateTo({ url: trainingRoutes.certificate(item.courseId) })}>
          结业证书
        </Button>
      ) : null}
    </View>
  )
}

/** 我的培训: every sign-up of the person, newest first, with where it stands; a tap opens the course. */
export function MyTrainingsList() {
  const list = useMyEnrollments()
  if (list.first.data === undefined) {
    if (list.first.status === 'error') return <ErrorState message={errorMessage(list.first.error)} onRetry={list.first.retry} />
    return <LoadingState label='正在查找您的培训…' />
  }
  if (list.items.length === 0) {
    return <EmptyState title='您还没有报名培训' description='工会的技能培训和竞赛免费参加' action={<Button onClick={() => void Taro.redirectTo({ url: TRAINING_PAGES.courses })}>看看有哪些培训</Button>} />
  }
  return (
    <View className='training-list'>
      {list.items.map(item => (
        <EnrollmentRow key={item.enrollmentId} item={item} />
      ))}
      <PagedFooter hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </View>
  )
}
