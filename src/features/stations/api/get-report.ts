import { stationsContract, type StaffReport } from '../../../domain/contracts/stations'
import { callAction } from '../../../lib/cloud-client'

/** Staff: one report with its station and photo. */
export function getReport(reportId: string): Promise<StaffReport> {
  return callAction(stationsContract, 'getReport', { reportId })
}
