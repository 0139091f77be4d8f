import { useCallback } from 'react'
import type { SubscribeTemplateKey } from '../../../domain/notifications/subscribe-templates'
import { newRequestId } from '../../../lib/request-id'
import { requestSubscribeMessage } from '../../../lib/subscribe-message'
import { useRemote } from '../../../lib/use-remote'
import { getSubscriptions } from '../api/get-subscriptions'
import { recordSubscribeDecision } from '../api/record-subscribe-decision'
import { askResult, type AskResult } from '../model/subscribe-ask'

/**
 * Asking for one message of a template at the moment of a tap (报告问题 → 提交 asks for the result).
 * The template id is loaded with the page, so `ask` can call WeChat before anything is awaited, as
 * WeChat requires; the answer is recorded as a credit, and the page gets a sentence saying how the
 * person will hear. Where no template is configured, or it is not known yet, nothing is asked: the
 * message goes to 消息, and the sentence says why.
 */
export function useSubscribeAsk(templateKey: SubscribeTemplateKey, what: string): () => Promise<AskResult> {
  const remote = useRemote(() => getSubscriptions([templateKey]), [templateKey], { isEmpty: () => false })
  const status = remote.data?.find(entry => entry.templateKey === templateKey)
  return useCallback(() => {
    // Not known yet (tapped before it loaded, or no signal): nothing can be asked, and that is what is said.
    if (status === undefined) return Promise.resolve(askResult({ kind: 'unavailable', reason: 'failed' }, false, what))
    if (status.templateId === null) return Promise.resolve(askResult({ kind: 'unavailable', reason: 'no-template' }, false, what))
    return requestSubscribeMessage({ templateId: status.templateId, title: status.title }).then(async outcome => {
      if (outcome.kind !== 'answered') return askResult(outcome, false, what)
      try {
        await recordSubscribeDecision(templateKey, outcome.decision, newRequestId())
        return askResult(outcome, true, what)
      } catch {
        return askResult(outcome, false, what)
      }
    })
  }, [status, templateKey, what])
}
