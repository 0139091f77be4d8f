import Taro from '@tarojs/taro'
import type { SubscribeOutcome, SubscribeRequest } from './subscribe-message'

export type { SubscribeOutcome, SubscribeRequest } from './subscribe-message'

/**
 * H5 (local stack): the browser has no WeChat prompt, so a clearly labelled stand-in asks the same
 * question at the same moment, and its answer is recorded the same way. It never pretends to be WeChat.
 */
export async function requestSubscribeMessages(requests: readonly SubscribeRequest[]): Promise<SubscribeOutcome[]> {
  try {
    const { confirm } = await Taro.showModal({
      title: '本地演示：订阅消息',
      content: `这里代替微信的订阅提示（正式小程序里由微信询问）。是否允许“职工服务”给您发送${requests.map(request => `“${request.title}”`).join('、')}？`,
      confirmText: '允许',
      cancelText: '取消',
    })
    return requests.map(() => ({ kind: 'answered', decision: confirm ? 'accept' : 'reject' }))
  } catch {
    return requests.map(() => ({ kind: 'unavailable', reason: 'failed' }))
  }
}

export async function requestSubscribeMessage(request: SubscribeRequest): Promise<SubscribeOutcome> {
  const [outcome] = await requestSubscribeMessages([request])
  return outcome ?? { kind: 'unavailable', reason: 'failed' }
}
