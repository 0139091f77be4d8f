import { legalAidContract, type StaffCase } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** 已接待 or 未到场. */
export function recordAttendance(caseId: string, attended: boolean, requestId: string): Promise<StaffCase> {
  return callAction(legalAidContract, 'recordAttendance', { caseId, attended }, { requestId })
}
