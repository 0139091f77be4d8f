import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CourseSummary } from '../../../domain/contracts/training'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { useManagedCourses } from '../hooks/use-managed-courses'
import { trainingRoutes } from '../model/training-routes'
import { CourseCard } from './course-card'
import { PagedFooter } from './paged-footer'
import './training.css'

function ManagedCourse({ course }: { readonly course: CourseSummary }) {
  return (
    <View className='training-managed'>
      <CourseCard course={course} onOpen={() => void Taro.navigateTo({ url: trainingRoutes.staffRoster(course.courseId) })} />
      <View className='training-managed__actions'>
        <Button variant='secondary' icon='folder' spokenLabel={`名单和签到：${course.title}`} onClick={() => void Taro.navigateTo({ url: trainingRoutes.staffRoster(course.courseId) })}>
          名单和签到
        </Button>
        {course.status === 'cancelled' ? null : (
          <Button variant='secondary' icon='edit' spokenLabel={`修改：${course.title}`} onClick={() => void Taro.navigateTo({ url: trainingRoutes.staffEdit(course.courseId) })}>
            修改
          </Button>
        )}
      </View>
    </View>
  )
}

/** Staff: every course and competition, newest first, with 新建; each opens its roster or its editor. */
export function ManagedCourses() {
  const list = useManagedCourses()
  const create = (
    <Button block icon='edit' onClick={() => void Taro.navigateTo({ url: trainingRoutes.staffEdit(null) })}>
      新建培训或竞赛
    </Button>
  )
  if (list.first.data === undefined) {
    if (list.first.status === 'error') return <ErrorState message={errorMessage(list.first.error)} onRetry={list.first.retry} />
    return <LoadingState label='正在查看课程…' />
  }
  return (
    <View className='training-list'>
      {create}
      {list.items.length === 0 ? <EmptyState title='还没有课程' description='新建一门培训或竞赛，发布后职工就能报名' /> : null}
      {list.items.map(course => (
        <ManagedCourse key={course.courseId} course={course} />
      ))}
      <PagedFooter hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
      <Text className='training-rule'>取消课程、导出名单、出示签到码在“名单和签到”里。</Text>
    </View>
  )
}
