import { stationsContract, type MyReport } from '../../../domain/contracts/stations'
import { callAction } from '../../../lib/cloud-client'
import type { ReportPayload } from '../model/report-form'

/** Files a problem report; the same requestId on a retry is applied once. */
export function reportProblem(payload: ReportPayload, requestId: string): Promise<MyReport> {
  return callAction(stationsContract, 'reportProblem', payload, { requestId })
}
