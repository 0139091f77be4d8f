import { legalAidContract, type MyCaseSummary, type Page } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** The caller's bookings and cases, newest first. */
export function listMyCases(cursor?: string): Promise<Page<MyCaseSummary>> {
  return callAction(legalAidContract, 'listMyCases', cursor === undefined ? {} : { cursor })
}
