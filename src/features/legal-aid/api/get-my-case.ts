import { legalAidContract, type MyCase } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** One of the caller's own cases, with its timeline. */
export function getMyCase(caseId: string): Promise<MyCase> {
  return callAction(legalAidContract, 'getMyCase', { caseId })
}
