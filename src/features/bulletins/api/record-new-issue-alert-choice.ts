import { bulletinsContract, type NewIssueAlert } from '../../../domain/contracts/bulletins'
import type { SubscribeDecision } from '../../../domain/notifications/subscribe-templates'
import { callAction } from '../../../lib/cloud-client'

/** Stores the answer the person gave WeChat's subscribe prompt (允许 adds one message). */
export function recordNewIssueAlertChoice(decision: SubscribeDecision, requestId?: string): Promise<NewIssueAlert> {
  return callAction(bulletinsContract, 'recordNewIssueAlertChoice', { decision }, { requestId })
}
