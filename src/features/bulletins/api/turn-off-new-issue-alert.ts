import { bulletinsContract, type NewIssueAlert } from '../../../domain/contracts/bulletins'
import { callAction } from '../../../lib/cloud-client'

/** Stops new-issue messages; allowed ones stay for when the switch is turned back on. */
export function turnOffNewIssueAlert(requestId?: string): Promise<NewIssueAlert> {
  return callAction(bulletinsContract, 'turnOffNewIssueAlert', {}, { requestId })
}
