import type { MaterialiseReport, RosterView } from '../../../domain/contracts/legal-aid'

/** What staff did to a roster, as the page then says it. */
export type RosterChange = 'saved' | 'retired' | 'restored'

const DONE: Readonly<Record<RosterChange, string>> = { saved: '已保存', retired: '已停用', restored: '已恢复使用' }

/**
 * What a save did to the slots, in plain words: `已保存：新增 5 个时段，已预约的 3 个时段保持不变`.
 * Booked slots are named apart, so staff know those people still come.
 */
export function rosterChangeWords(change: RosterChange, report: MaterialiseReport): string {
  const parts = [
    report.added > 0 ? `新增 ${report.added} 个时段` : null,
    report.updated > 0 ? `更新 ${report.updated} 个时段` : null,
    report.removed > 0 ? `撤下 ${report.removed} 个没人预约的时段` : null,
    report.keptBooked > 0 ? `已预约的 ${report.keptBooked} 个时段保持不变，预约照常` : null,
  ].filter((part): part is string => part !== null)
  return `${DONE[change]}：${parts.length === 0 ? '时段没有变化' : parts.join('，')}`
}

/** The question before retiring a roster: what goes, and that bookings ahead stand (closing a day cancels them). */
export function retireQuestion(roster: RosterView): string {
  const what = `${roster.serviceName}（${roster.hostName}）停用后，以后没人预约的时段会撤下，职工不能再约。`
  if (roster.bookingsAhead === 0) return what
  return `${what}以后的时段里还有 ${roster.bookingsAhead} 个预约，停用不会取消它们，这些职工照常来。要取消，请用下面的“暂停接待”关掉那一天。`
}
