import type { MyReport } from '../../../domain/contracts/stations'
import { useAction, type ActionState } from '../../../lib/use-action'
import { reportProblem } from '../api/report-problem'
import type { ReportPayload } from '../model/report-form'

/** Sends a report; a retry after a lost answer is the same request and files it once. */
export function useReportProblem(): ActionState<[payload: ReportPayload], MyReport> {
  return useAction((requestId: string, payload: ReportPayload) => reportProblem(payload, requestId))
}
