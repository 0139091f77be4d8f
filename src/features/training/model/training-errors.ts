import { trainingContract } from '../../../domain/contracts/training'
import type { ErrorMessages } from '../../../lib/error-messages'

const codes = trainingContract.errors

/**
 * Plain words for the training refusals. Refusals whose details only the function knows (the check-in
 * window's times, why someone is not eligible, which field of a course is wrong) are not listed: the
 * function's own message, which the contract requires to be safe to show, says it.
 */
export const TRAINING_ERROR_MESSAGES: ErrorMessages = {
  [codes.CourseNotFound]: '没有找到这门课，可能已被删除',
  [codes.CourseCancelled]: '这门课已经取消了',
  [codes.SignUpNotOpen]: '还没到报名时间，请到时再来',
  [codes.SignUpClosed]: '报名已经结束了',
  [codes.AlreadySignedUp]: '您已经报过名了，不用再报',
  [codes.NoOffer]: '现在没有为您保留的名额',
  [codes.OfferExpired]: '为您保留的名额已过确认时间，让给了下一位',
  [codes.NotSignedUp]: '您没有报名这门课',
  [codes.CutoffPassed]: '已过取消时间，不能在小程序里取消了，请打电话告诉主办单位',
  [codes.UnknownCode]: '这个签到码无法识别，请扫工作人员现场出示的签到码',
  [codes.NotEnrolled]: '您没有报上这门课（候补中也不能签到），不能签到',
  [codes.NotCompleted]: '还没有结业，签到次数够了才有结业证书',
  [codes.SessionNotFound]: '没有找到这次课，可能已被修改',
}
