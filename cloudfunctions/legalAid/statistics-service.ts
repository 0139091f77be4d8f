import { legalAidContract, type StatisticsAnswer } from '../../src/domain/contracts/legal-aid'
import { caseStatistics, monthsBetween, type CaseFacts } from '../../src/domain/legal-aid/case-statistics'
import { AppError } from '../runtime/app-error'
import type { LegalAidDependencies } from './legal-aid-dependencies'

/** Three years of months in one request: the longest report staff ask for. */
const MAX_MONTHS = 36

/** The figures the monthly report reads: received, closed, resolved, by type, outcome and month. */
export function statisticsService(deps: Pick<LegalAidDependencies, 'cases'>) {
  return {
    async stats(request: { readonly from: string; readonly to: string }): Promise<StatisticsAnswer> {
      const months = monthsBetween(request.from, request.to)
      if (months.length === 0 || months.length > MAX_MONTHS) {
        throw new AppError(legalAidContract.errors.InvalidRange, `请选 1 到 ${MAX_MONTHS} 个月，开始月份不能晚于结束月份`)
      }
      const facts: CaseFacts[] = (await deps.cases.forFigures(request.from, request.to)).map(document => ({
        caseType: document.caseType,
        status: document.status,
        month: document.month,
        received: document.received,
        outcome: document.outcomeKind,
        closedMonth: document.closedMonth,
      }))
      return { from: request.from, to: request.to, ...caseStatistics(facts, request.from, request.to) }
    },
  }
}
