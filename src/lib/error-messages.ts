import { CommonErrorCode } from '../domain/contracts/error-codes'
import type { ErrorCode } from '../domain/contracts/registry'
import { isCloudError } from './cloud-error'

/** Plain words for each common failure, from the person's side of the screen. */
export const COMMON_ERROR_MESSAGES: Readonly<Record<CommonErrorCode, string>> = {
  [CommonErrorCode.InvalidPayload]: '填写的内容有误，请检查后再试',
  [CommonErrorCode.UnknownAction]: '这个功能暂时用不了，请更新小程序后再试',
  [CommonErrorCode.Forbidden]: '您没有权限做这件事',
  [CommonErrorCode.Unauthenticated]: '请关闭小程序后重新打开再试',
  [CommonErrorCode.NotFound]: '没有找到相关内容，可能已被删除',
  [CommonErrorCode.Conflict]: '内容刚被更改过，请刷新后再试',
  [CommonErrorCode.RateLimited]: '操作太频繁了，请稍等一会儿再试',
  [CommonErrorCode.Internal]: '系统出了点问题，请稍后重试',
  [CommonErrorCode.Network]: '网络不好，请稍后重试',
  [CommonErrorCode.Timeout]: '网络太慢，请稍后重试',
}

/** A feature's own plain-words messages for its codes (and overrides of common ones). */
export type ErrorMessages = Readonly<Partial<Record<ErrorCode, string>>>

function isCommonCode(code: ErrorCode): code is CommonErrorCode {
  return code in COMMON_ERROR_MESSAGES
}

/**
 * What to tell the person about a failure: the feature's words for its code, else the common
 * words, else the function's own message (which the contract requires to be safe to show).
 */
export function errorMessage(error: unknown, featureMessages: ErrorMessages = {}): string {
  if (!isCloudError(error)) return COMMON_ERROR_MESSAGES[CommonErrorCode.Internal]
  const featureMessage = featureMessages[error.code]
  if (featureMessage !== undefined) return featureMessage
  if (isCommonCode(error.code)) return COMMON_ERROR_MESSAGES[error.code]
  return error.message
}
