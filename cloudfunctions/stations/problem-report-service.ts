import { randomUUID } from 'node:crypto'
import * as v from 'valibot'
import { stationsContract, type MyReport, type ReportsPage } from '../../src/domain/contracts/stations'
import { createProblemReportSchema, type ProblemReport } from '../../src/domain/stations/problem-report'
import { textDigest } from '../../src/domain/stations/text-digest'
import { isOwnUpload } from '../../src/domain/storage/upload-folder'
import { shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import { offsetPage, pageOffset } from '../runtime/offset-page'
import { signedInUser } from '../runtime/signed-in-user'
import type { PhotoLinks } from './photo-links'
import type { FeedbackDocument, StationFeedbackRepository } from './station-feedback-repository'
import type { LoadStationSettings } from './station-settings'
import { toMyReport } from './station-views'
import type { StationsRepository } from './stations-repository'

export interface ProblemReportDependencies {
  readonly stations: StationsRepository
  readonly feedback: StationFeedbackRepository
  readonly settings: LoadStationSettings
  readonly photoLinks: PhotoLinks
  readonly now: () => Date
}

const MY_REPORTS_PAGE = 20

/** A new report's id: random, so nothing in it points back at the reporter once they are forgotten. */
export function newReportId(): string {
  return `r${randomUUID().replace(/-/g, '').slice(0, 23)}`
}

/**
 * One report per person, station, kind and Shanghai day, so a double tap or a retry after a lost
 * answer never files two: the unique index on `reporterKey` refuses the second. The key is personal
 * data, removed when the reporter deletes their data, so it then constrains nobody.
 */
export function reporterKeyFor(userId: string, stationId: string, kind: string, dateKey: string): string {
  return textDigest(`${userId}|${stationId}|${kind}|${dateKey}`)
}

/** Workers report problems with stations and follow what became of them. */
export function problemReportService(deps: ProblemReportDependencies) {
  /** A report may carry only a photo the reporter uploaded to their own folder, and one that is really there. */
  async function checkPhoto(photo: string | undefined, userId: string): Promise<ReadonlyMap<string, string | null>> {
    if (photo === undefined) return new Map()
    const links = isOwnUpload(photo, userId, 'station-reports') ? await deps.photoLinks([photo]) : new Map<string, string | null>()
    const url = links.get(photo)
    if (url === null || url === undefined) throw new AppError(stationsContract.errors.PhotoNotFound, '照片没有上传成功，请重新选择照片')
    return links
  }

  return {
    async reportProblem(payload: ProblemReport, context: CallerContext): Promise<MyReport> {
      const { userId } = signedInUser(context)
      const settings = await deps.settings(context.log)
      const checked = v.safeParse(createProblemReportSchema(settings.catalogue), payload)
      if (!checked.success) throw new AppError(stationsContract.errors.UnknownAmenity, '没有这项设施，请重新选择')
      const report = checked.output
      const station = await deps.stations.findById(report.stationId)
      if (station === null) throw new AppError(stationsContract.errors.StationNotFound, '没有找到这个驿站，可能已经撤销')
      const photoLinks = await checkPhoto(report.photo, userId)

      const now = deps.now()
      const reportedOn = shanghaiDateKey(now)
      const note = report.note === undefined || report.note === '' ? null : report.note
      const document: FeedbackDocument = {
        _id: newReportId(),
        stationId: station.id,
        stationName: station.name,
        reporterUserId: userId,
        reporterKey: reporterKeyFor(userId, station.id, report.kind, reportedOn),
        kind: report.kind,
        amenity: report.kind === 'missing-amenity' ? report.amenity : null,
        note,
        photo: report.photo ?? null,
        suggestedLocation: report.kind === 'wrong-location' ? report.suggestedLocation ?? null : null,
        state: 'open',
        history: [{ state: 'open', at: now, byUserId: null, note: null }],
        outcome: null,
        fixApplied: false,
        reporterNotification: null,
        reportedOn,
        createdAt: now,
        updatedAt: now,
      }
      const transaction = transactionOf(context)
      transaction.refuseDuplicateWith(new AppError(stationsContract.errors.DuplicateReport, '您今天已经报告过这个问题，工作人员会尽快核实'))
      await deps.feedback.in(transaction).insert(document)
      return toMyReport(document, photoLinks)
    },

    async listMyReports(request: { cursor?: string }, context: CallerContext): Promise<ReportsPage<MyReport>> {
      const { userId } = signedInUser(context)
      const skip = pageOffset(request.cursor)
      const [page, settings] = await Promise.all([deps.feedback.byReporter(userId, skip, MY_REPORTS_PAGE + 1), deps.settings(context.log)])
      const { items, nextCursor } = offsetPage(page, skip, MY_REPORTS_PAGE)
      // The reporter sees the photo they sent: links for this page's photos in the same answer.
      const photoLinks = await deps.photoLinks(items.flatMap(report => (typeof report.photo === 'string' ? [report.photo] : [])))
      return { items: items.map(report => toMyReport(report, photoLinks)), nextCursor, catalogue: settings.catalogue }
    },
  }
}
