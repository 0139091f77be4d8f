import type { NotificationChannel } from '../../../domain/contracts/notify'
import type { SubscribeOutcome } from '../../../lib/subscribe-message'

/** What asking WeChat for one message came to, and the sentence the page shows about it. */
export interface AskResult {
  readonly channel: NotificationChannel
  readonly notice: string
}

/**
 * The sentence for a page that just asked for a message about `what` (处理结果): by WeChat and in 消息,
 * or in 消息 only, and why, in plain words. `recorded` is false when the answer could not be saved.
 */
export function askResult(outcome: SubscribeOutcome, recorded: boolean, what: string): AskResult {
  const inbox = `${what}会放在“我的 → 消息”里。`
  if (outcome.kind === 'answered') {
    if (outcome.decision === 'accept') {
      return recorded
        ? { channel: 'wechat', notice: `${what}会通过微信通知您，也会放在“我的 → 消息”里。` }
        : { channel: 'inbox', notice: `没能开启微信提醒，${inbox}` }
    }
    return { channel: 'inbox', notice: outcome.decision === 'reject' ? `您没有开启提醒，${inbox}` : `微信没有允许这条提醒，${inbox}` }
  }
  switch (outcome.reason) {
    case 'no-template':
      return { channel: 'inbox', notice: `微信提醒还没有开通，${inbox}` }
    case 'switched-off':
      return { channel: 'inbox', notice: `您在微信里关闭了本小程序的消息提醒，${inbox}` }
    case 'failed':
      return { channel: 'inbox', notice: `没能开启微信提醒，${inbox}` }
  }
}
