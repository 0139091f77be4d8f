import type { ReportsPage, ReportUnderReview, StaffReport } from '../../../domain/contracts/stations'
import type { ReportState } from '../../../domain/stations/problem-report'
import { useAction, type ActionState } from '../../../lib/use-action'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { getReport } from '../api/get-report'
import { listReports } from '../api/list-reports'
import { reviewReport, type ReviewDecision } from '../api/review-report'

/** Staff: the reports in the chosen states, oldest first. */
export function useReportQueue(states: readonly ReportState[]): RemoteState<ReportsPage<StaffReport>> {
  return useRemote(() => listReports(states), [states.join(',')], { isEmpty: page => page.items.length === 0 })
}

/** Staff: one report. */
export function useStaffReport(reportId: string): RemoteState<ReportUnderReview> {
  return useRemote(() => getReport(reportId), [reportId], { isEmpty: () => false })
}

/** Staff: verify, resolve or reject a report. */
export function useReviewReport(): ActionState<[decision: ReviewDecision], ReportUnderReview> {
  return useAction((requestId: string, decision: ReviewDecision) => reviewReport(decision, requestId))
}
