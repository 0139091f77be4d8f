import { cloudbaseApp } from './cloudbase-app'

/** WeChat's answer to a server API call: `errcode` 0 on success, plus the API's own fields. */
export interface WechatAnswer {
  readonly errcode: number
  readonly errmsg: string
  readonly [field: string]: unknown
}

/** A WeChat server API failed with one of its documented error codes (e.g. 43101: user refused). */
export class WechatApiError extends Error {
  constructor(
    readonly apiName: string,
    readonly errcode: number,
    errmsg: string,
  ) {
    super(`${apiName} failed: ${errcode} ${errmsg}`)
    this.name = 'WechatApiError'
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * Calls a WeChat server API by its path (e.g. `/wxa/business/getuserphonenumber`) through CloudBase's
 * cloud call, which adds the access token. Resolves the answer when `errcode` is 0, throws
 * WechatApiError otherwise, so callers handle WeChat's codes in one shape.
 */
export async function callWechatApi(apiName: string, requestData: Readonly<Record<string, unknown>>): Promise<WechatAnswer> {
  const answer: unknown = await cloudbaseApp().callWxOpenApi({ apiName, requestData })
  const result = isRecord(answer) ? answer.result : undefined
  if (!isRecord(result) || typeof result.errcode !== 'number') {
    throw new Error(`${apiName} answered in an unexpected shape`)
  }
  const errmsg = typeof result.errmsg === 'string' ? result.errmsg : ''
  if (result.errcode !== 0) throw new WechatApiError(apiName, result.errcode, errmsg)
  return { ...result, errcode: result.errcode, errmsg }
}
