import { callWechatApi, WechatApiError } from '../runtime/wechat-open-api'

/** Exchanges the one-time code from the phone-number button; null when WeChat refuses the code. */
export type PhoneNumberGateway = (code: string) => Promise<string | null>

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

export const wechatPhoneNumberGateway: PhoneNumberGateway = async code => {
  try {
    const answer = await callWechatApi('/wxa/business/getuserphonenumber', { code })
    const info = answer.phone_info
    const phone = isRecord(info) ? info.purePhoneNumber : undefined
    if (typeof phone !== 'string' || phone === '') throw new Error('getuserphonenumber answered without purePhoneNumber')
    return phone
  } catch (error) {
    // 40029 (invalid code) and 40163 (code already used) are the person's to retry, not our fault.
    if (error instanceof WechatApiError && (error.errcode === 40029 || error.errcode === 40163)) return null
    throw error
  }
}
