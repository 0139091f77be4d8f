import { reportsContract, type MonthlyReport } from '../../../domain/contracts/reports'
import { callAction } from '../../../lib/cloud-client'

/** Staff: the month's and the year-to-date figures, and the work bulletin drafted from them. */
export function getMonthlyReport(month: string): Promise<MonthlyReport> {
  return callAction(reportsContract, 'monthly', { month })
}
