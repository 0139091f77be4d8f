import { notifyContract, type SubscriptionStatus } from '../../../domain/contracts/notify'
import type { SubscribeDecision, SubscribeTemplateKey } from '../../../domain/notifications/subscribe-templates'
import { callAction } from '../../../lib/cloud-client'

/** Stores the answer the person gave WeChat's prompt (允许 adds one message of the template). */
export function recordSubscribeDecision(templateKey: SubscribeTemplateKey, decision: SubscribeDecision, requestId?: string): Promise<SubscriptionStatus> {
  return callAction(notifyContract, 'recordSubscribeDecision', { templateKey, decision }, { requestId })
}
