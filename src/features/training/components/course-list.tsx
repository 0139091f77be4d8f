import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { errorMessage } from '../../../lib/error-messages'
import { callHotline } from '../../../lib/call-hotline'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { useCourses } from '../hooks/use-courses'
import { trainingRoutes } from '../model/training-routes'
import { CourseCard } from './course-card'
import { PagedFooter } from './paged-footer'
import './training.css'

/** 技能培训: the union's courses and competitions, soonest first; one tap opens a course. */
export function CourseList() {
  const list = useCourses()
  if (list.first.data === undefined) {
    if (list.first.status === 'error') return <ErrorState message={errorMessage(list.first.error)} onRetry={list.first.retry} />
    return <LoadingState label='正在查看培训和竞赛…' />
  }
  if (list.items.length === 0) {
    return <EmptyState title='现在没有在报名的培训' description='新课程开放报名时会在这里列出，也可以打 12351 问问' action={<Button icon='phone' onClick={callHotline}>打 12351 问培训</Button>} />
  }
  return (
    <View className='training-list'>
      {list.items.map(course => (
        <CourseCard key={course.courseId} course={course} onOpen={() => void Taro.navigateTo({ url: trainingRoutes.course(course.courseId) })} />
      ))}
      <PagedFooter hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </View>
  )
}
