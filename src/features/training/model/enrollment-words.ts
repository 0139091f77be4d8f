import type { CourseDetail, MyEnrollment } from '../../../domain/contracts/training'
import { formatShanghaiDateTime } from '../../../lib/shanghai-time'

/** The answer to a sign-up or a claim, in the plain words the page announces. */
export function enrollmentHeadline(enrollment: Pick<MyEnrollment, 'state' | 'position' | 'stateLabel'>): string {
  switch (enrollment.state) {
    case 'enrolled':
      return '报名成功'
    case 'waiting':
      return enrollment.position === null ? '已进入候补' : `已进入候补，您排第 ${enrollment.position} 位`
    case 'offered':
      return '有名额了，请确认是否参加'
    default:
      return enrollment.stateLabel
  }
}

/** The sentence under the headline: what happens next and by when. */
export function enrollmentNextStep(enrollment: MyEnrollment, course: Pick<CourseDetail, 'claimWindowHours'>): string {
  switch (enrollment.state) {
    case 'enrolled':
      return enrollment.completed ? '您已结业，可以查看结业证书。' : `已签到 ${enrollment.attendedCount} 次，签到满 ${enrollment.requiredCount} 次可以结业。每次上课请扫现场的签到码。`
    case 'waiting':
      return `有人退出时按候补顺序通知您，名额为您保留 ${course.claimWindowHours} 小时，过时让给下一位。`
    case 'offered':
      return enrollment.offerExpiresAt === null ? '请尽快确认。' : `请在 ${formatShanghaiDateTime(Date.parse(enrollment.offerExpiresAt))} 前确认，过时名额让给下一位。`
    case 'course-cancelled':
      return '工会取消了这门课，给您带来不便，请谅解。'
    default:
      return '需要时可以再报名（如果还在报名时间内）。'
  }
}

/** The way out of an open enrollment, by state: cancel a place, leave the waitlist, or decline an offer. */
export function withdrawLabel(state: MyEnrollment['state']): string | null {
  switch (state) {
    case 'enrolled':
      return '取消报名'
    case 'waiting':
      return '退出候补'
    case 'offered':
      return '不要这个名额'
    default:
      return null
  }
}

/** What the confirmation says will happen when the person withdraws. */
export function withdrawConsequence(state: MyEnrollment['state']): string {
  return state === 'waiting' ? '退出后您的候补位置就没有了，后面的人往前排。' : '名额会让给候补的下一位，之后想参加要重新报名。'
}

/** Until when it can be done in the app; after the cut-off the page gives whom to call instead. */
export function cancelRuleWords(enrollment: Pick<MyEnrollment, 'canCancel' | 'cancelUntil'>): string {
  return enrollment.canCancel
    ? `${formatShanghaiDateTime(Date.parse(enrollment.cancelUntil))} 前可以在这里取消或退出`
    : `已过取消时间（${formatShanghaiDateTime(Date.parse(enrollment.cancelUntil))}），不能在小程序里取消了。来不了请告诉主办单位。`
}
