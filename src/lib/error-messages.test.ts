import { describe, expect, it } from 'vitest'
import { CommonErrorCode } from '../domain/contracts/error-codes'
import { CloudError } from './cloud-error'
import { COMMON_ERROR_MESSAGES, errorMessage } from './error-messages'

describe('error messages', () => {
  it('has plain Chinese words for every common code', () => {
    for (const code of Object.values(CommonErrorCode)) {
      const message = COMMON_ERROR_MESSAGES[code]
      expect(message).toMatch(/[\u4e00-\u9fff]/)
      expect(message).not.toMatch(/[A-Z_]{3,}|error|null|undefined/i)
    }
  })

  it('says the network is poor for a network failure', () => {
    expect(errorMessage(new CloudError(CommonErrorCode.Network, 'request:fail'))).toBe('网络不好，请稍后重试')
  })

  it('prefers the feature’s own words for its codes', () => {
    const error = new CloudError('USERS.PHONE_CODE_INVALID', 'code expired')
    expect(errorMessage(error, { 'USERS.PHONE_CODE_INVALID': '请重新绑定' })).toBe('请重新绑定')
  })

  it('falls back to the function’s message for a feature code without words', () => {
    expect(errorMessage(new CloudError('USERS.USER_NOT_FOUND', '没有这个用户'))).toBe('没有这个用户')
  })

  it('never shows a programming error’s text', () => {
    expect(errorMessage(new TypeError('x is undefined'))).toBe(COMMON_ERROR_MESSAGES[CommonErrorCode.Internal])
  })
})
