import { useCallback } from 'react'
import type { SubscribeTemplateKey } from '../../../domain/notifications/subscribe-templates'
import { newRequestId } from '../../../lib/request-id'
import { requestSubscribeMessages } from '../../../lib/subscribe-message'
import { useRemote } from '../../../lib/use-remote'
import { getSubscriptions } from '../api/get-subscriptions'
import { recordSubscribeDecision } from '../api/record-subscribe-decision'
import { askResult, type AskResult } from '../model/subscribe-ask'

/**
 * The templates one tap asks for: the first is the message the page's sentence is about (报告问题 → 提交
 * asks for its result); up to two more ride on the same prompt (a booking's reminder and its progress),
 * since a later change has no tap of its own to ask in.
 */
export type SubscribeAskKeys = readonly [SubscribeTemplateKey] | readonly [SubscribeTemplateKey, SubscribeTemplateKey] | readonly [SubscribeTemplateKey, SubscribeTemplateKey, SubscribeTemplateKey]

/**
 * Asking for messages at the moment of a tap. The template ids are loaded with the page, so `ask` can
 * call WeChat before anything is awaited, as WeChat requires; each answer is recorded as a credit, and
 * the page gets a sentence saying how the person will hear about `what`. Pass `templateKeys` as a constant
 * (a new array each render would make a new `ask`). Where the first template is not
 * configured, or not known yet, nothing is asked: the messages go to 消息, and the sentence says why.
 */
export function useSubscribeAsk(templateKeys: SubscribeAskKeys, what: string): () => Promise<AskResult> {
  const keysText = templateKeys.join(',')
  const remote = useRemote(() => getSubscriptions([...templateKeys]), [keysText], { isEmpty: () => false })
  const statuses = remote.data
  return useCallback(() => {
    const [primary] = templateKeys
    const primaryStatus = statuses?.find(entry => entry.templateKey === primary)
    // Not known yet (tapped before it loaded, or no signal): nothing can be asked, and that is what is said.
    if (primaryStatus === undefined) return Promise.resolve(askResult({ kind: 'unavailable', reason: 'failed' }, false, what))
    if (primaryStatus.templateId === null) return Promise.resolve(askResult({ kind: 'unavailable', reason: 'no-template' }, false, what))
    const asked = templateKeys.flatMap(key => statuses?.filter(entry => entry.templateKey === key && entry.templateId !== null) ?? [])
    return requestSubscribeMessages(asked.map(status => ({ templateId: status.templateId, title: status.title }))).then(async outcomes => {
      let primaryRecorded = false
      for (const [index, outcome] of outcomes.entries()) {
        const status = asked[index]
        if (status === undefined || outcome.kind !== 'answered') continue
        try {
          await recordSubscribeDecision(status.templateKey, outcome.decision, newRequestId())
          if (index === 0) primaryRecorded = true
        } catch {
          // That template's credit is not recorded: its message goes to 消息 only, as for a no.
        }
      }
      const primaryOutcome = outcomes[0] ?? { kind: 'unavailable', reason: 'failed' }
      return askResult(primaryOutcome, primaryRecorded, what)
    })
  }, [statuses, templateKeys, what])
}
