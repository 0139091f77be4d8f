import { legalAidContract, type StatisticsAnswer } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** The reception room's figures for the months `from`..`to` (`YYYY-MM`), for staff. */
export function getStatistics(from: string, to: string): Promise<StatisticsAnswer> {
  return callAction(legalAidContract, 'stats', { from, to })
}
