import { bulletinsContract, type NewIssueAlert } from '../../../domain/contracts/bulletins'
import { callAction } from '../../../lib/cloud-client'

/** The caller's "notify me of new issues" switch and the template WeChat should ask about. */
export function getNewIssueAlert(): Promise<NewIssueAlert> {
  return callAction(bulletinsContract, 'getNewIssueAlert', {})
}
