import { stationsContract, type ReportUnderReview } from '../../../domain/contracts/stations'
import { callAction } from '../../../lib/cloud-client'

/** Staff: one report with its station and photo. */
export function getReport(reportId: string): Promise<ReportUnderReview> {
  return callAction(stationsContract, 'getReport', { reportId })
}
