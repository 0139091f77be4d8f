import Taro from '@tarojs/taro'
import type { MonthlyReport } from '../../../domain/contracts/reports'
import { useAction, type ActionState } from '../../../lib/use-action'
import { saveReportDraft } from '../api/save-report-draft'

/** The staff bulletin editor, where the saved draft opens. */
const BULLETIN_EDITOR = '/packages/staff/bulletins-edit/index'

/** Staff: saves the month's drafted bulletin as a new draft and opens it in the bulletin editor. */
export function useReportDraft(): ActionState<[MonthlyReport], void> {
  return useAction(async (requestId, report: MonthlyReport) => {
    const saved = await saveReportDraft(report.kind, report.draft, requestId)
    await Taro.navigateTo({ url: `${BULLETIN_EDITOR}?id=${encodeURIComponent(saved.bulletin.id)}` })
  })
}
