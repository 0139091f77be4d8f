import { WxFailure, type FakeContext } from './fake-context'
import type { NetworkFake } from './network'

/** The 同声传译 plugin's own limit on one text-to-speech request. */
export const WECHAT_SI_MAX_BYTES = 1000

/**
 * WeChat's 同声传译 plugin (WechatSI, provider wx069ba97219f66d99) as `requirePlugin` returns it:
 * `textToSpeech` answers a temporary audio file for each piece of text, records what it was asked to
 * say, and fails as the plugin does without signal (-20005) or for a text over its limit (-20003).
 */
export function createWechatSi(context: FakeContext, network: NetworkFake) {
  const spoken: string[] = []
  let next = 1
  const plugin = {
    textToSpeech: (options: Record<string, unknown>) => {
      const answer = (ok: boolean, result: Record<string, unknown>) =>
        context.later(() => {
          const callback = options[ok ? 'success' : 'fail']
          if (typeof callback === 'function') callback(context.clone(result))
        })
      const content = typeof options.content === 'string' ? options.content : ''
      if (content === '') throw new WxFailure('content is required')
      if (!network.online) return answer(false, { retcode: -20005, msg: 'network error' })
      if (Buffer.byteLength(content) > WECHAT_SI_MAX_BYTES) return answer(false, { retcode: -20003, msg: 'content too long' })
      spoken.push(content)
      context.changed()
      return answer(true, { retcode: 0, filename: `http://tmp/wechat-si-${next++}.mp3`, expired_time: Math.floor(Date.now() / 1000) + 3 * 3600 })
    },
  }
  return {
    plugin,
    /** Every text the app asked the plugin to say, in order. */
    spoken: spoken as readonly string[],
  }
}
