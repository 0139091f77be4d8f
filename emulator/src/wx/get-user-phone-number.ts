import { createHash } from 'node:crypto'
import { wechatError, wechatOk, type WechatAnswer } from './wechat-answer'

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/
/** What a phone-number button code looks like (WeChat's are 32+ url-safe characters). */
const CODE = /^[A-Za-z0-9_-]{1,128}$/
const MOBILE_PREFIXES = ['133', '135', '136', '138', '139', '150', '158', '177', '186', '189']

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A stable mainland mobile number for a code, so the same code always maps to the same person. */
function phoneNumberFor(code: string): string {
  if (MAINLAND_MOBILE.test(code)) return code
  const digest = createHash('sha256').update(code).digest()
  const prefix = MOBILE_PREFIXES[(digest[0] ?? 0) % MOBILE_PREFIXES.length] ?? '138'
  const rest = Array.from(digest.subarray(1, 9), byte => String(byte % 10)).join('')
  return `${prefix}${rest}`
}

/**
 * `/wxa/business/getuserphonenumber` (phone-number button flow). Locally any well-formed code is
 * accepted and mapped deterministically to a mainland number; a code that is itself an 11-digit
 * mainland mobile number returns that number, so tests and demos can choose. As on WeChat a code
 * works once (40163 after that), except those chosen numbers, which demos reuse; an empty or
 * malformed code is 40029.
 */
export function createPhoneNumberExchange(appId: string): (request: unknown) => WechatAnswer {
  const usedCodes = new Set<string>()
  return request => {
    const code = isRecord(request) ? request.code : undefined
    if (typeof code !== 'string' || !CODE.test(code)) return wechatError(40029)
    if (!MAINLAND_MOBILE.test(code)) {
      if (usedCodes.has(code)) return wechatError(40163)
      usedCodes.add(code)
    }
    const phoneNumber = phoneNumberFor(code)
    return wechatOk({
      phone_info: {
        phoneNumber,
        purePhoneNumber: phoneNumber,
        countryCode: '86',
        watermark: { timestamp: Math.floor(Date.now() / 1000), appid: appId },
      },
    })
  }
}
