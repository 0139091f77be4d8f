import { reportsContract } from '../../src/domain/contracts/reports'
import { database } from '../runtime/cloudbase-app'
import { createFunction } from '../runtime/create-function'
import { caseFiguresRepository } from '../runtime/repositories/case-figures-repository'
import { notificationsRepository } from '../runtime/repositories/notifications-repository'
import { bulletinFiguresRepository } from './bulletin-figures-repository'
import { monthlyReportService } from './monthly-report-service'
import { stationFiguresRepository } from './station-figures-repository'
import { trainingFiguresRepository } from './training-figures-repository'

function services() {
  const db = database()
  return {
    report: monthlyReportService({
      stations: stationFiguresRepository(db),
      cases: caseFiguresRepository(db),
      bulletins: bulletinFiguresRepository(db),
      notifications: notificationsRepository(db),
      training: trainingFiguresRepository(db),
      now: () => new Date(),
    }),
  }
}

let built: ReturnType<typeof services> | undefined
const use = () => (built ??= services())

/** The `reports` function: the month's work figures read from every feature's records, and the bulletin drafted from them. */
export const main = createFunction(reportsContract, {
  monthly: payload => use().report.monthly(payload.month),
})
