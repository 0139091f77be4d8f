import { stationsContract, type MyReport, type ReportsPage } from '../../../domain/contracts/stations'
import { callAction } from '../../../lib/cloud-client'

/** The caller's own reports, newest first. */
export function listMyReports(cursor?: string): Promise<ReportsPage<MyReport>> {
  return callAction(stationsContract, 'listMyReports', cursor === undefined ? {} : { cursor })
}
