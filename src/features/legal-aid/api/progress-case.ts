import type { PayloadOf } from '../../../domain/contracts/define-contract'
import { legalAidContract, type StaffCase } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

export type CaseStep = PayloadOf<(typeof legalAidContract)['actions']['progressCase']>['step']

/** Moves a received case on: 调解中, assigned, or closed with its outcome. */
export function progressCase(caseId: string, step: CaseStep, requestId: string): Promise<StaffCase> {
  return callAction(legalAidContract, 'progressCase', { caseId, step }, { requestId })
}
