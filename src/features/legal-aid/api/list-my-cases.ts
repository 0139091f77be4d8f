import { legalAidContract, type MyCasesPage } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** The caller's bookings and cases, newest first, with the numbers to call. */
export function listMyCases(cursor?: string): Promise<MyCasesPage> {
  return callAction(legalAidContract, 'listMyCases', cursor === undefined ? {} : { cursor })
}
