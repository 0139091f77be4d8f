import { stationsContract, type ReportsPage, type StaffReport } from '../../../domain/contracts/stations'
import type { ReportState } from '../../../domain/stations/problem-report'
import { callAction } from '../../../lib/cloud-client'

/** Staff: reports in some states, oldest first. */
export function listReports(states: readonly ReportState[], cursor?: string): Promise<ReportsPage<StaffReport>> {
  return callAction(stationsContract, 'listReports', { states: [...states], ...(cursor === undefined ? {} : { cursor }) })
}
