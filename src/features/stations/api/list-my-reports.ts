import { stationsContract, type MyReport, type Page } from '../../../domain/contracts/stations'
import { callAction } from '../../../lib/cloud-client'

/** The caller's own reports, newest first. */
export function listMyReports(cursor?: string): Promise<Page<MyReport>> {
  return callAction(stationsContract, 'listMyReports', cursor === undefined ? {} : { cursor })
}
