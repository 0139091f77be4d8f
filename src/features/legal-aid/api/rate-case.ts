import { legalAidContract, type MyCase } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** Rates a closed case once, one to five, with an optional comment. */
export function rateCase(caseId: string, score: number, comment: string, requestId: string): Promise<MyCase> {
  return callAction(legalAidContract, 'rateCase', { caseId, score, ...(comment.trim() === '' ? {} : { comment: comment.trim() }) }, { requestId })
}
