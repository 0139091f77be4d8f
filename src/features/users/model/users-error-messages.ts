import type { ErrorMessages } from '../../../lib/error-messages'

/** Plain words for the users function's own error codes. */
export const USERS_ERROR_MESSAGES: ErrorMessages = {
  'USERS.PHONE_CODE_INVALID': '手机号验证没有成功，请再点一次“绑定手机号”',
  'USERS.USER_NOT_FOUND': '没有找到这位用户',
  'USERS.CANNOT_CHANGE_OWN_ROLE': '不能修改自己的角色，请让其他管理员操作',
}
