import type { NotificationChannel } from '../../../domain/contracts/notify'
import type { MyReport } from '../../../domain/contracts/stations'
import type { AmenityCatalogue } from '../../../domain/stations/amenities'
import { PROBLEM_REPORT_KINDS, REPORT_STATE_LABELS, type ReportState } from '../../../domain/stations/problem-report'
import type { StatusTone } from '../../../ui/status-badge'
import { amenityLabel } from './amenity-view'

/** A report as its reporter (or staff) sees it in a list. */
export interface ReportView {
  readonly id: string
  readonly title: string
  readonly stationName: string
  readonly stateLabel: string
  readonly tone: StatusTone
  /** `11月3日` in Shanghai. */
  readonly reportedOn: string
  readonly outcome: string | null
}

const TONES: Readonly<Record<ReportState, StatusTone>> = {
  open: 'pending',
  verified: 'info',
  resolved: 'success',
  rejected: 'neutral',
}

/** `11月3日`, the day in Shanghai. */
export function shortShanghaiDate(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3600_000)
  return `${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日`
}

/** What the report is about, in words: `设施缺失：热饭`. */
export function reportTitle(report: Pick<MyReport, 'kind' | 'amenity'>, catalogue: AmenityCatalogue): string {
  const label = PROBLEM_REPORT_KINDS.find(entry => entry.kind === report.kind)?.label ?? '问题'
  return report.kind === 'missing-amenity' && report.amenity !== null ? `${label}：${amenityLabel(report.amenity, catalogue)}` : label
}

export function reportView(report: MyReport, catalogue: AmenityCatalogue): ReportView {
  return {
    id: report.id,
    title: reportTitle(report, catalogue),
    stationName: report.stationName,
    stateLabel: REPORT_STATE_LABELS[report.state],
    tone: TONES[report.state],
    reportedOn: shortShanghaiDate(report.createdAt),
    outcome: report.outcome,
  }
}

/** How the reporter was told the outcome, in words for staff on the review page. */
export function reporterToldWords(channel: NotificationChannel): string {
  return channel === 'wechat'
    ? '处理结果已通过微信通知报告人，也放在了报告人的“消息”里'
    : '报告人没有开启微信提醒，处理结果已放在报告人的“消息”里'
}
