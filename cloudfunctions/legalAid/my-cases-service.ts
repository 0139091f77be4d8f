import { legalAidContract, type MyCase, type MyCasesPage } from '../../src/domain/contracts/legal-aid'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import { offsetPage, pageOffset } from '../runtime/offset-page'
import { signedInUser } from '../runtime/signed-in-user'
import { callNumbers, toMyCase, toMyCaseSummary } from './case-views'
import type { LegalAidDependencies } from './legal-aid-dependencies'

const errors = legalAidContract.errors
const MY_CASES_PAGE = 20

/** 我的咨询: a worker follows their own cases, and rates one once it is closed. */
export function myCasesService(deps: LegalAidDependencies) {
  const notFound = () => new AppError(errors.CaseNotFound, '没有找到这条咨询记录')

  return {
    async listMyCases(request: { readonly cursor?: string }, context: CallerContext): Promise<MyCasesPage> {
      const { userId } = signedInUser(context)
      const skip = pageOffset(request.cursor)
      const [found, config] = await Promise.all([deps.cases.byUser(userId, skip, MY_CASES_PAGE + 1), deps.config(context.log)])
      const { items, nextCursor } = offsetPage(found, skip, MY_CASES_PAGE)
      return { items: items.map(toMyCaseSummary), nextCursor, numbers: callNumbers(config.settings) }
    },

    /** Only the worker's own case: another person's answers as not found, so nothing about it leaks. */
    async getMyCase(caseId: string, context: CallerContext): Promise<MyCase> {
      const { userId } = signedInUser(context)
      const [document, config] = await Promise.all([deps.cases.findById(caseId), deps.config(context.log)])
      if (document === null || document.userId !== userId) throw notFound()
      return toMyCase(document, config.settings, deps.now())
    },

    async rateCase(request: { readonly caseId: string; readonly score: number; readonly comment?: string }, context: CallerContext): Promise<MyCase> {
      const { userId } = signedInUser(context)
      const transaction = transactionOf(context)
      const now = deps.now()
      const config = await deps.config(context.log)
      const cases = deps.cases.in(transaction)
      const document = await cases.findById(request.caseId)
      if (document === null || document.userId !== userId) throw notFound()
      if (document.status !== 'closed') throw new AppError(errors.NotRatable, '办结以后才能评价')
      if (document.rating !== null) throw new AppError(errors.NotRatable, '您已经评价过了，谢谢您')
      const rating = { score: request.score, at: now }
      const comment = request.comment === undefined || request.comment === '' ? null : request.comment
      await cases.rate(document._id, rating, comment, now)
      return toMyCase({ ...document, rating, ratingComment: comment, updatedAt: now }, config.settings, now)
    },
  }
}
