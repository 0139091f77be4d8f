import { useState } from 'react'
import type { StatisticsAnswer } from '../../../domain/contracts/legal-aid'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { getStatistics } from '../api/get-statistics'
import { defaultStatisticsRange, type MonthRange } from '../model/statistics-view'

export interface StatisticsState {
  readonly range: MonthRange
  readonly choose: (range: MonthRange) => void
  readonly figures: RemoteState<StatisticsAnswer>
}

/** 接待统计: the figures of a range of months, this year to this month until staff choose another. */
export function useStatistics(): StatisticsState {
  const [range, setRange] = useState<MonthRange>(() => defaultStatisticsRange(Date.now()))
  const figures = useRemote(() => getStatistics(range.from, range.to), [range.from, range.to], { isEmpty: () => false })
  return { range, choose: setRange, figures }
}
