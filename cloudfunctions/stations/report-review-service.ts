import { stationsContract, type ReportsPage, type ReportUnderReview, type ReviewTarget, type StaffReport } from '../../src/domain/contracts/stations'
import type { LngLat } from '../../src/domain/geo/lng-lat'
import {
  applyStationFix,
  canTransitionReport,
  fixForReport,
  PROBLEM_REPORT_KINDS,
  REPORT_STATE_LABELS,
  settlementOutcome,
  type ReportState,
  type StationFix,
} from '../../src/domain/stations/problem-report'
import { findAmenity } from '../../src/domain/stations/amenities'
import { STATION_REPORT_RESULT_TEMPLATE } from '../../src/domain/notifications/subscribe-templates'
import { shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import { enqueueNotification, type MessageRequest } from '../runtime/notifications/outbox'
import type { TemplateIdOf } from '../runtime/notifications/template-ids'
import type { Transaction } from '../runtime/transaction'
import { offsetPage, pageOffset } from '../runtime/offset-page'
import type { Logger } from '../runtime/logger'
import type { PhotoLinks } from './photo-links'
import type { LoadStationSettings } from './station-settings'
import type { FeedbackDocument, ReporterNotification, StationFeedbackRepository } from './station-feedback-repository'
import { toStaffReport } from './station-views'
import type { StoredStation } from './station-document'
import type { StationsRepository } from './stations-repository'

export interface ReportReviewDependencies {
  readonly stations: StationsRepository
  readonly feedback: StationFeedbackRepository
  readonly settings: LoadStationSettings
  readonly photoLinks: PhotoLinks
  /** The WeChat template ids configured here, for the result message to the reporter. */
  readonly templateIdOf: TemplateIdOf
  readonly now: () => Date
}

export interface ReviewRequest {
  readonly reportId: string
  readonly to: ReviewTarget
  readonly note?: string
  readonly applyFix?: boolean
  readonly location?: LngLat
}

const REPORTS_PAGE = 20

/** The report's photo; anonymised reports have none. */
function photoOf(report: FeedbackDocument): string | null {
  return typeof report.photo === 'string' ? report.photo : null
}

function kindLabel(kind: FeedbackDocument['kind']): string {
  return PROBLEM_REPORT_KINDS.find(entry => entry.kind === kind)?.label ?? '问题'
}

/** The result message to the reporter: what they reported, what became of it, staff's words, and when. */
function resultMessage(
  report: FeedbackDocument & { readonly reporterUserId: string },
  outcome: 'resolved' | 'rejected',
  words: string,
  at: Date,
): MessageRequest<typeof STATION_REPORT_RESULT_TEMPLATE.key> {
  return {
    recipientUserId: report.reporterUserId,
    templateKey: STATION_REPORT_RESULT_TEMPLATE.key,
    values: {
      thing1: `${report.stationName}：${kindLabel(report.kind)}`,
      phrase2: outcome === 'resolved' ? '已处理' : '情况不符',
      thing3: words,
      time4: at.toISOString(),
    },
    page: `packages/stations/detail/index?id=${encodeURIComponent(report.stationId)}`,
    dedupeKey: `${STATION_REPORT_RESULT_TEMPLATE.key}:${report._id}`,
  }
}

/** Staff work through problem reports: verify them, resolve them (fixing the station) or reject them. */
export function reportReviewService(deps: ReportReviewDependencies) {
  const notFound = () => new AppError(stationsContract.errors.ReportNotFound, '没有找到这条反馈')

  async function view(
    report: FeedbackDocument,
    log: Logger,
    findStation: (id: string) => Promise<StoredStation | null> = id => deps.stations.findById(id),
  ): Promise<ReportUnderReview> {
    const photo = photoOf(report)
    const [station, links, settings] = await Promise.all([
      findStation(report.stationId),
      deps.photoLinks(photo === null ? [] : [photo]),
      deps.settings(log),
    ])
    return { ...toStaffReport(report, station, photo === null ? null : links.get(photo) ?? null), catalogue: settings.catalogue }
  }

  /** Fixes the station in the review's own transaction: the fix and the report's move land together or not at all. */
  async function applyFix(stations: ReturnType<StationsRepository['in']>, report: FeedbackDocument, request: ReviewRequest): Promise<StationFix> {
    const fix = fixForReport(report, request.location)
    if (fix === null) {
      throw new AppError(stationsContract.errors.NoFixForReport, '这条反馈没有可以自动修改的内容，请到驿站编辑页修改')
    }
    const station = await stations.findById(report.stationId)
    if (station === null) throw new AppError(stationsContract.errors.StationNotFound, '这个驿站已经不在了')
    const fixed = applyStationFix(station, fix)
    const now = deps.now()
    await stations.update(
      station.id,
      null,
      { status: fixed.status, amenities: fixed.amenities, location: fixed.location, lastVerifiedOn: shanghaiDateKey(now) },
      now,
    )
    return fix
  }

  /** Tells the reporter, in the review's own transaction: the move and its message land together or not at all. */
  async function tellReporter(
    transaction: Transaction,
    report: FeedbackDocument,
    to: ReviewTarget,
    words: string | null,
    context: CallerContext,
    now: Date,
  ): Promise<ReporterNotification | null> {
    if (to === 'verified' || report.reporterUserId === null || words === null) return report.reporterNotification
    const outcome = to === 'resolved' ? 'resolved' : 'rejected'
    const told = await enqueueNotification(transaction, resultMessage({ ...report, reporterUserId: report.reporterUserId }, outcome, words, now), {
      now,
      templateIdOf: deps.templateIdOf,
      log: context.log,
    })
    return { channel: told.channel, notificationId: told.notificationId, outcome, queuedAt: now }
  }

  /** The words the reporter is told: the same rule the staff page previews, with the city's amenity labels. */
  async function settledWords(report: FeedbackDocument, to: ReviewTarget, note: string | null, applied: StationFix | null, log: Logger): Promise<string | null> {
    if (to !== 'resolved' && to !== 'rejected') return report.outcome
    const { catalogue } = await deps.settings(log)
    return settlementOutcome(report, to, note, applied, key => findAmenity(catalogue, key)?.label ?? key)
  }

  return {
    async listReports(
      request: { states: readonly ReportState[]; stationId?: string; cursor?: string },
      context: CallerContext,
    ): Promise<ReportsPage<StaffReport>> {
      const skip = pageOffset(request.cursor)
      const page = await deps.feedback.list({
        states: request.states,
        ...(request.stationId === undefined ? {} : { stationId: request.stationId }),
        skip,
        limit: REPORTS_PAGE + 1,
      })
      const { items, nextCursor } = offsetPage(page, skip, REPORTS_PAGE)
      const [stations, links, settings] = await Promise.all([
        deps.stations.findByIds(items.map(report => report.stationId)),
        deps.photoLinks(items.flatMap(report => photoOf(report) ?? [])),
        deps.settings(context.log),
      ])
      const byId = new Map(stations.map(station => [station.id, station]))
      return {
        items: items.map(report => {
          const photo = photoOf(report)
          return toStaffReport(report, byId.get(report.stationId) ?? null, photo === null ? null : links.get(photo) ?? null)
        }),
        nextCursor,
        catalogue: settings.catalogue,
      }
    },

    async getReport(reportId: string, context: CallerContext): Promise<ReportUnderReview> {
      const report = await deps.feedback.findById(reportId)
      if (report === null) throw notFound()
      return await view(report, context.log)
    },

    async reviewReport(request: ReviewRequest, context: CallerContext): Promise<ReportUnderReview> {
      const transaction = transactionOf(context)
      const feedback = deps.feedback.in(transaction)
      const stations = deps.stations.in(transaction)
      const report = await feedback.findById(request.reportId)
      if (report === null) throw notFound()
      if (!canTransitionReport(report.state, request.to)) {
        throw new AppError(
          stationsContract.errors.ReportStateChanged,
          `这条反馈现在是“${REPORT_STATE_LABELS[report.state]}”，不能改为“${REPORT_STATE_LABELS[request.to]}”`,
        )
      }
      const fixing = request.to === 'resolved' && request.applyFix === true
      const applied = fixing ? await applyFix(stations, report, request) : null

      const now = deps.now()
      const note = request.note === undefined || request.note === '' ? null : request.note
      const settled = request.to === 'resolved' || request.to === 'rejected'
      const outcome = await settledWords(report, request.to, note, applied, context.log)
      const notification = await tellReporter(transaction, report, request.to, settled ? outcome : null, context, now)
      const moved = await feedback.transition(
        report._id,
        report.state,
        { state: request.to, outcome, fixApplied: report.fixApplied || fixing, reporterNotification: notification, updatedAt: now },
        { state: request.to, at: now, byUserId: context.userId, note },
      )
      if (!moved) throw new AppError(stationsContract.errors.ReportStateChanged, '这条反馈刚被其他工作人员处理了，请刷新后再看')
      context.auditTarget({ reportId: report._id, stationId: report.stationId, from: report.state, to: request.to, fixApplied: fixing })
      const updated = await feedback.findById(report._id)
      if (updated === null) throw notFound()
      return await view(updated, context.log, id => stations.findById(id))
    },
  }
}
