import Taro from '@tarojs/taro'
import { SUBSCRIBE_DECISIONS, type SubscribeDecision } from '../domain/notifications/subscribe-templates'

/** The template to ask for: its id on this account, and its title for the local stand-in. */
export interface SubscribeRequest {
  /** Null where the deployment has no template configured (the local stack). */
  readonly templateId: string | null
  readonly title: string
}

/** How asking went: the person's answer, or why no question could be asked. */
export type SubscribeOutcome =
  | { readonly kind: 'answered'; readonly decision: SubscribeDecision }
  /** `no-template`: none configured here; `switched-off`: the person turned subscribe messages off in WeChat's settings. */
  | { readonly kind: 'unavailable'; readonly reason: 'no-template' | 'switched-off' | 'failed' }

/** WeChat's errCode when the person has turned off all subscribe messages for this mini-program. */
const MAIN_SWITCH_OFF = 20004

function isDecision(value: unknown): value is SubscribeDecision {
  return typeof value === 'string' && SUBSCRIBE_DECISIONS.some(decision => decision === value)
}

function errorCode(failure: unknown): number | null {
  if (typeof failure !== 'object' || failure === null) return null
  const code: unknown = Reflect.get(failure, 'errCode')
  return typeof code === 'number' ? code : null
}

/** WeChat shows at most three templates in one prompt. */
const MAX_TEMPLATES_PER_PROMPT = 3

const NO_TEMPLATE: SubscribeOutcome = { kind: 'unavailable', reason: 'no-template' }

/**
 * weapp: WeChat's own subscribe prompt, one prompt for up to three templates (the person answers each).
 * Call it straight from the tap handler, with nothing awaited before it: WeChat only shows the prompt in
 * answer to a tap. Each 允许 allows one message of that template. The outcomes are in the requests' order.
 */
export async function requestSubscribeMessages(requests: readonly SubscribeRequest[]): Promise<SubscribeOutcome[]> {
  if (requests.length > MAX_TEMPLATES_PER_PROMPT) throw new Error(`WeChat asks for at most ${MAX_TEMPLATES_PER_PROMPT} templates at once`)
  const asked = requests.flatMap(request => (request.templateId === null ? [] : [request.templateId]))
  if (asked.length === 0) return requests.map(() => NO_TEMPLATE)
  try {
    const answer: object = await Taro.requestSubscribeMessage({ tmplIds: asked, entityIds: [] })
    return requests.map(({ templateId }): SubscribeOutcome => {
      if (templateId === null) return NO_TEMPLATE
      const value: unknown = Reflect.get(answer, templateId)
      return { kind: 'answered', decision: isDecision(value) ? value : 'reject' }
    })
  } catch (failure) {
    const reason = errorCode(failure) === MAIN_SWITCH_OFF ? 'switched-off' : 'failed'
    return requests.map(({ templateId }): SubscribeOutcome => (templateId === null ? NO_TEMPLATE : { kind: 'unavailable', reason }))
  }
}

/** The prompt for one template. */
export async function requestSubscribeMessage(request: SubscribeRequest): Promise<SubscribeOutcome> {
  const [outcome] = await requestSubscribeMessages([request])
  return outcome ?? NO_TEMPLATE
}
