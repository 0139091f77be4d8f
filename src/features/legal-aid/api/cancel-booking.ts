import { legalAidContract, type MyCase } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** Cancels the caller's booking (until the cut-off); a retry with the same requestId is applied once. */
export function cancelBooking(caseId: string, requestId: string): Promise<MyCase> {
  return callAction(legalAidContract, 'cancelBooking', { caseId }, { requestId })
}
