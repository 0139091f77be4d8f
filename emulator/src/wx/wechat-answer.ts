import { randomBytes } from 'node:crypto'

/** What WeChat answers a server API call with: `errcode` 0 on success, plus the API's own fields. */
export interface WechatAnswer {
  readonly errcode: number
  readonly errmsg: string
  readonly [field: string]: unknown
}

/** WeChat's usual wording for the error codes the outbox answers with. */
const ERROR_MESSAGES: Readonly<Record<number, string>> = {
  [-1]: 'system error',
  40003: 'invalid openid',
  40029: 'invalid code',
  40037: 'invalid template_id',
  40097: 'invalid args',
  40163: 'code been used',
  40169: 'invalid length for scene, or the data is not json string',
  41030: 'invalid page',
  43101: 'user refuse to accept the msg',
  45009: 'reach max api daily quota limit',
  47003: 'argument invalid!',
}

/** WeChat error messages end with a request id (` rid: ...`), as the real API's do. */
function withRid(message: string): string {
  return `${message} rid: ${randomBytes(12).toString('hex').replace(/(.{8})(.{8})(.{8})/, '$1-$2-$3')}`
}

/** A WeChat failure answer; `detail` replaces the standard wording (e.g. `argument invalid! data.thing1.value is empty`). */
export function wechatError(errcode: number, detail?: string): WechatAnswer {
  return { errcode, errmsg: withRid(detail ?? ERROR_MESSAGES[errcode] ?? `error ${errcode}`) }
}

/** A WeChat success answer with the API's own fields. */
export function wechatOk(fields: Readonly<Record<string, unknown>> = {}): WechatAnswer {
  return { errcode: 0, errmsg: 'ok', ...fields }
}
