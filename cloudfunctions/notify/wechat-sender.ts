import type { WechatTemplateData } from '../../src/domain/notifications/template-data'
import { callWechatApi, WechatApiError } from '../runtime/wechat-open-api'

/** One subscribe message as WeChat takes it. */
export interface OutgoingMessage {
  readonly touser: string
  readonly templateId: string
  /** The page the card opens, without the leading slash; null opens none. */
  readonly page: string | null
  readonly data: WechatTemplateData
}

/** WeChat's answer: accepted (with its message id), or its error code, or null when no answer came at all. */
export type SendResult = { readonly ok: true; readonly msgid: string | null } | { readonly ok: false; readonly errcode: number | null }

export type SendSubscribeMessage = (message: OutgoingMessage) => Promise<SendResult>

export const SUBSCRIBE_SEND_API = '/cgi-bin/message/subscribe/send'

/** `subscribeMessage.send` through CloudBase's cloud call (the function's config.json grants the permission). */
export const sendThroughCloudCall: SendSubscribeMessage = async message => {
  try {
    const answer = await callWechatApi(SUBSCRIBE_SEND_API, {
      touser: message.touser,
      template_id: message.templateId,
      ...(message.page === null ? {} : { page: message.page }),
      data: message.data,
      lang: 'zh_CN',
    })
    const msgid = answer.msgid
    return { ok: true, msgid: typeof msgid === 'number' || typeof msgid === 'string' ? String(msgid) : null }
  } catch (error) {
    // Anything but WeChat's own refusal (the network, a timeout, an odd answer) may succeed on a later try.
    return { ok: false, errcode: error instanceof WechatApiError ? error.errcode : null }
  }
}
