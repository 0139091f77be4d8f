import { CommonErrorCode } from '../../src/domain/contracts/error-codes'
import { AppError } from './app-error'
import type { CallerContext } from './create-function'

/**
 * The signed-in person behind a client call. Actions that act on "my" records call this rather
 * than trusting that the router's role check implied a person (a timer may be allowed too).
 */
export function signedInUser(context: CallerContext): { readonly userId: string; readonly openid: string } {
  if (!context.userId || !context.openid) throw new AppError(CommonErrorCode.Unauthenticated, '请关闭小程序后重新打开再试')
  return { userId: context.userId, openid: context.openid }
}
