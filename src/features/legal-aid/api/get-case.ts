import { legalAidContract, type StaffCase } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** One case in full, for its host, its assignee or staff. */
export function getCase(caseId: string): Promise<StaffCase> {
  return callAction(legalAidContract, 'getCase', { caseId })
}
