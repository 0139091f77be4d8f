import { Text, View } from '@tarojs/components'
import type { CourseSummary } from '../../../domain/contracts/training'
import { Card } from '../../../ui/card'
import { StatusBadge } from '../../../ui/status-badge'
import { Tag } from '../../../ui/tag'
import { audienceWords, courseBadge, courseDatesWords, placesWords, signUpWindowWords } from '../model/course-words'
import './training.css'

/** One course in a list, the whole card one tap: what, who runs it, where, when, for whom, places, sign-up. */
export function CourseCard({ course, onOpen }: { readonly course: CourseSummary; readonly onOpen: () => void }) {
  const badge = courseBadge(course)
  const lines = [`主办：${course.organiser}`, `地点：${course.venue}`, `时间：${courseDatesWords(course)}`, audienceWords(course.audienceLabels), placesWords(course), signUpWindowWords(course.signUp)]
  return (
    <Card className='training-card' onClick={onOpen} spokenLabel={`${course.kindLabel}，${course.title}，${badge.label}，${lines.join('，')}`}>
      <View className='training-card__head'>
        <Tag label={course.kindLabel} emphasis={course.kind === 'competition'} />
        <StatusBadge tone={badge.tone} label={badge.label} />
      </View>
      <Text className='training-card__title'>{course.title}</Text>
      {lines.map(line => (
        <Text key={line} className='training-card__line'>
          {line}
        </Text>
      ))}
    </Card>
  )
}
