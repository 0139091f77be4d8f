import { legalAidContract, type StatisticsAnswer } from '../../src/domain/contracts/legal-aid'
import { caseStatistics, monthsBetween } from '../../src/domain/legal-aid/case-statistics'
import { AppError } from '../runtime/app-error'
import type { CaseFiguresRepository } from '../runtime/repositories/case-figures-repository'

/** Three years of months in one request: the longest report staff ask for. */
const MAX_MONTHS = 36

/** The figures the monthly report reads: received, closed, resolved, by type, outcome and month. */
export function statisticsService(deps: { readonly caseFigures: Pick<CaseFiguresRepository, 'factsBetween'> }) {
  return {
    async stats(request: { readonly from: string; readonly to: string }): Promise<StatisticsAnswer> {
      const months = monthsBetween(request.from, request.to)
      if (months.length === 0 || months.length > MAX_MONTHS) {
        throw new AppError(legalAidContract.errors.InvalidRange, `请选 1 到 ${MAX_MONTHS} 个月，开始月份不能晚于结束月份`)
      }
      const facts = await deps.caseFigures.factsBetween(request.from, request.to)
      return { from: request.from, to: request.to, ...caseStatistics(facts, request.from, request.to) }
    },
  }
}
