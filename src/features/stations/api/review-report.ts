import type { PayloadOf } from '../../../domain/contracts/define-contract'
import { stationsContract, type ReportUnderReview } from '../../../domain/contracts/stations'
import { callAction } from '../../../lib/cloud-client'

export type ReviewDecision = PayloadOf<(typeof stationsContract)['actions']['reviewReport']>

/** Staff: moves a report on (verify, resolve with or without fixing the station, reject). */
export function reviewReport(decision: ReviewDecision, requestId: string): Promise<ReportUnderReview> {
  return callAction(stationsContract, 'reviewReport', decision, { requestId })
}
