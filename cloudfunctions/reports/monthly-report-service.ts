import type { MonthlyReport } from '../../src/domain/contracts/reports'
import { draftMonthlyBulletin, MONTHLY_REPORT_KIND } from '../../src/domain/reports/monthly-bulletin'
import { monthlyFigures } from '../../src/domain/reports/monthly-figures'
import { lastDayOf, monthStartInstant, monthWords, yearStartOf, type MonthKey } from '../../src/domain/reports/report-month'
import type { CaseFiguresRepository } from '../runtime/repositories/case-figures-repository'
import type { NotificationsRepository } from '../runtime/repositories/notifications-repository'
import type { BulletinFiguresRepository } from './bulletin-figures-repository'
import type { StationFiguresRepository } from './station-figures-repository'
import type { TrainingFiguresRepository } from './training-figures-repository'

export interface MonthlyReportDependencies {
  readonly stations: Pick<StationFiguresRepository, 'stationsSince' | 'openByDistrict' | 'reportsSince'>
  readonly cases: Pick<CaseFiguresRepository, 'factsBetween'>
  readonly bulletins: Pick<BulletinFiguresRepository, 'publishedSince' | 'lastIssue' | 'lastIssueNumber'>
  readonly notifications: Pick<NotificationsRepository, 'countsByDay'>
  readonly training: Pick<TrainingFiguresRepository, 'since'>
  readonly now: () => Date
}

/** The month's report: the facts of the year up to the month's end read from each collection, the figures, the draft. */
export function monthlyReportService(deps: MonthlyReportDependencies) {
  return {
    async monthly(month: MonthKey): Promise<MonthlyReport> {
      const madeAt = deps.now()
      const yearStart = yearStartOf(month)
      const since = `${yearStart}-01`
      const sinceInstant = monthStartInstant(yearStart)
      const [stations, openStationsByDistrict, stationReports, cases, bulletins, messages, training, lastIssue, lastIssueNumber] = await Promise.all([
        deps.stations.stationsSince(since, sinceInstant),
        deps.stations.openByDistrict(),
        deps.stations.reportsSince(since, sinceInstant),
        deps.cases.factsBetween(yearStart, month),
        deps.bulletins.publishedSince(sinceInstant),
        deps.notifications.countsByDay(since, lastDayOf(month)),
        deps.training.since(sinceInstant),
        deps.bulletins.lastIssue(MONTHLY_REPORT_KIND),
        deps.bulletins.lastIssueNumber(MONTHLY_REPORT_KIND, monthWords(month).year),
      ])
      const figures = monthlyFigures({ stations, openStationsByDistrict, stationReports, cases, bulletins, messages, ...training }, month)
      const draft = draftMonthlyBulletin(figures, {
        issueNumber: lastIssueNumber + 1,
        issuer: lastIssue?.header.issuer ?? null,
        distribution: lastIssue?.distribution ?? { reportTo: [], sendTo: [], copyTo: [] },
        editor: lastIssue?.editor ?? null,
        phone: lastIssue?.phone ?? null,
      })
      return { figures, draft, kind: MONTHLY_REPORT_KIND, madeAt: madeAt.toISOString() }
    },
  }
}
