import { checkKeywordValue } from './subscribe-message-rules'
import { wechatError, wechatOk, type WechatAnswer } from './wechat-answer'

/** A subscribe-message template the emulator checks sends against, as the WeChat backend knows it. */
export interface DeclaredTemplate {
  /** The template's keyword keys, e.g. `['thing1', 'time2', 'phrase3']`. */
  readonly keys: readonly string[]
}

const MINIPROGRAM_STATES = new Set(['developer', 'trial', 'formal'])
const LANGS = new Set(['zh_CN', 'en_US', 'zh_HK', 'zh_TW'])
/** Real openids are 28 url-safe base64 characters; local identities may be any url-safe token. */
const OPENID = /^[A-Za-z0-9_-]{1,64}$/
const ALLOWED_FIELDS = new Set(['touser', 'template_id', 'page', 'data', 'miniprogram_state', 'lang'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

let lastMsgid = 2_000_000_000_000 + Math.floor(Math.random() * 1_000_000_000)

/**
 * `/cgi-bin/message/subscribe/send` (subscribeMessage.send), answered as WeChat does:
 * 40003 bad touser, 40037 bad or unknown template_id, 47003 for any argument or data value that
 * breaks WeChat's rules (naming the field), else `{ errcode: 0, errmsg: 'ok', msgid }`.
 * 43101 (the user refused) cannot be known locally: tests provoke it with `failNext`.
 */
export function sendSubscribeMessage(request: unknown, templates: Readonly<Record<string, DeclaredTemplate>> | undefined): WechatAnswer {
  if (!isRecord(request)) return wechatError(47003, 'argument invalid! request body must be a JSON object')
  const { touser, template_id: templateId, page, data, miniprogram_state: state, lang } = request
  if (typeof touser !== 'string' || !OPENID.test(touser)) return wechatError(40003)
  if (typeof templateId !== 'string' || templateId.trim() === '') return wechatError(40037)
  const template = templates?.[templateId]
  if (templates !== undefined && template === undefined) return wechatError(40037)
  for (const field of Object.keys(request)) {
    if (!ALLOWED_FIELDS.has(field)) return wechatError(47003, `argument invalid! unknown field ${field}`)
  }
  if (page !== undefined && (typeof page !== 'string' || page.length > 1024)) return wechatError(47003, 'argument invalid! page invalid')
  if (state !== undefined && (typeof state !== 'string' || !MINIPROGRAM_STATES.has(state))) {
    return wechatError(47003, 'argument invalid! miniprogram_state must be developer, trial or formal')
  }
  if (lang !== undefined && (typeof lang !== 'string' || !LANGS.has(lang))) return wechatError(47003, 'argument invalid! lang invalid')
  if (!isRecord(data) || Object.keys(data).length === 0) return wechatError(47003, 'argument invalid! data is empty')
  if (template) {
    const missing = template.keys.find(key => !(key in data))
    if (missing !== undefined) return wechatError(47003, `argument invalid! data.${missing}.value is empty`)
    const extra = Object.keys(data).find(key => !template.keys.includes(key))
    if (extra !== undefined) return wechatError(47003, `argument invalid! data.${extra} is not a keyword of template ${templateId}`)
  }
  for (const [key, entry] of Object.entries(data)) {
    if (!isRecord(entry)) return wechatError(47003, `argument invalid! data.${key} must be { "value": ... }`)
    const problem = checkKeywordValue(key, entry.value)
    if (problem !== undefined) return wechatError(47003, problem)
  }
  lastMsgid += 1
  return wechatOk({ msgid: lastMsgid })
}
