import { useState } from 'react'
import type { MonthlyReport } from '../../../domain/contracts/reports'
import { addMonths, type MonthKey } from '../../../domain/reports/report-month'
import { shanghaiDateKey } from '../../../domain/time/shanghai-time'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { getMonthlyReport } from '../api/get-monthly-report'
import { initialReportMonth } from '../model/report-view'

export interface MonthlyReportControl {
  readonly month: MonthKey
  /** The month before or after; never past the current month, which has no figures yet beyond today. */
  readonly step: (months: -1 | 1) => void
  readonly canGoForward: boolean
  readonly report: RemoteState<MonthlyReport>
}

/** Staff: the chosen month's report, loaded again whenever the month changes. */
export function useMonthlyReport(askedMonth: string | undefined): MonthlyReportControl {
  const thisMonth = shanghaiDateKey(new Date()).slice(0, 7)
  const [month, setMonth] = useState<MonthKey>(() => initialReportMonth(askedMonth, shanghaiDateKey(new Date())))
  const report = useRemote(() => getMonthlyReport(month), [month], { isEmpty: () => false })
  return {
    month,
    step: months => setMonth(current => (months > 0 && current >= thisMonth ? current : addMonths(current, months))),
    canGoForward: month < thisMonth,
    report,
  }
}
