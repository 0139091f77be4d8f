import { useRouter } from '@tarojs/taro'
import { SERVICE_REMINDER_TEMPLATE, TRAINING_OFFER_TEMPLATE, TRAINING_SIGNUP_RESULT_TEMPLATE } from '../../../domain/notifications/subscribe-templates'
import { useSubscribeAsk } from '../../../features/notifications/hooks/use-subscribe-ask'
import { CourseDetailScreen } from '../../../features/training/components/course-detail'
import { EmptyState } from '../../../ui/empty-state'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/**
 * The 报名 tap asks, in one WeChat prompt, for the sign-up's result, a freed place's offer and the reminder
 * before a session: none of the later messages has a tap of its own to ask in.
 */
const SIGN_UP_MESSAGES = [TRAINING_SIGNUP_RESULT_TEMPLATE.key, TRAINING_OFFER_TEMPLATE.key, SERVICE_REMINDER_TEMPLATE.key] as const

/** One course: details, eligibility, the opening countdown, sign-up and the person's standing. Messages open here. */
export default function CoursePage() {
  const { params } = useRouter()
  const courseId = params.id ?? ''
  const ask = useSubscribeAsk(SIGN_UP_MESSAGES, '报名结果和候补通知')
  return (
    <Screen>
      <PageHeader title='课程详情' />
      {courseId === '' ? <EmptyState title='没有指定课程' description='请从“服务 → 技能培训”里打开' /> : <CourseDetailScreen courseId={courseId} askForMessages={() => ask().then(result => result.notice)} />}
    </Screen>
  )
}
