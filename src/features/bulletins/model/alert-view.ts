import type { NewIssueAlert } from '../../../domain/contracts/bulletins'
import type { SubscribeOutcome } from '../../../lib/subscribe-message'

/** What the switch's row says under its label: the state in words, and what tapping again does. */
export function alertDescription(alert: NewIssueAlert | undefined): string {
  if (alert === undefined) return '有新一期简报或通知时，微信提醒您。'
  if (!alert.enabled) return '有新一期简报或通知时，微信提醒您。每点一次“允许”，可以收到一条提醒。'
  if (alert.credits === 0) return '已开启，但可收的提醒已经用完。点“再收一条”，微信会再问您一次。'
  return `已开启，还能收到 ${alert.credits} 条提醒。想多收，可以点“再收一条”。`
}

/** Why no prompt could be shown, or what the person's no means, in plain words; null when there is nothing to say. */
export function outcomeNotice(outcome: SubscribeOutcome): string | null {
  if (outcome.kind === 'answered') return outcome.decision === 'accept' ? null : '您没有允许，所以不会收到这条提醒。'
  switch (outcome.reason) {
    case 'no-template':
      return '消息提醒还没有开通，请以后再试。'
    case 'switched-off':
      return '您在微信里关闭了本小程序的消息提醒。请点右上角“···”，进入“设置”，打开“订阅消息”后再试。'
    case 'failed':
      return '微信没能弹出提醒设置，请稍后再试。'
  }
}
