import { legalAidContract } from '../../src/domain/contracts/legal-aid'
import { database } from '../runtime/cloudbase-app'
import { createFunction } from '../runtime/create-function'
import { templateIdsFromEnvironment } from '../runtime/notifications/template-ids'
import { caseFiguresRepository } from '../runtime/repositories/case-figures-repository'
import { holidayPeriodsRepository } from '../runtime/repositories/holiday-periods-repository'
import { usersRepository } from '../runtime/repositories/users-repository'
import { deleteStoredFiles } from '../runtime/stored-files'
import { storedFileLinks } from '../runtime/stored-file-links'
import { bookersRepository } from './bookers-repository'
import { bookingService } from './booking-service'
import { caseHandlingService } from './case-handling-service'
import { caseMessages } from './case-messages'
import { casesRepository } from './cases-repository'
import { closuresRepository } from './closures-repository'
import { legalConfigRepository } from './legal-config-repository'
import type { LegalAidDependencies } from './legal-aid-dependencies'
import { legalAidConfigLoader } from './legal-settings-loader'
import { myCasesService } from './my-cases-service'
import { rosterService } from './roster-service'
import { rostersRepository } from './rosters-repository'
import { slotsRepository } from './slots-repository'
import { statisticsService } from './statistics-service'
import { upkeepService } from './upkeep-service'

function services() {
  const db = database()
  const now = () => new Date()
  const configRepository = legalConfigRepository(db)
  const holidays = holidayPeriodsRepository(db)
  const deps: LegalAidDependencies = {
    slots: slotsRepository(db),
    cases: casesRepository(db),
    bookers: bookersRepository(db),
    rosters: rostersRepository(db),
    closures: closuresRepository(db),
    configRepository,
    config: legalAidConfigLoader({ repository: configRepository, holidayPeriods: () => holidays.all(), now }),
    users: usersRepository(db),
    photoLinks: storedFileLinks,
    deleteFiles: deleteStoredFiles,
    messages: caseMessages({ templateIdOf: templateIdsFromEnvironment() }),
    now,
  }
  return {
    booking: bookingService(deps),
    myCases: myCasesService(deps),
    handling: caseHandlingService(deps),
    rosters: rosterService(deps),
    statistics: statisticsService({ caseFigures: caseFiguresRepository(db) }),
    upkeep: upkeepService(deps),
  }
}

let built: ReturnType<typeof services> | undefined
const use = () => (built ??= services())

/** The `legalAid` cloud function: bookings with the lawyer on duty and the chairman, and cases followed to their end. */
export const main = createFunction(legalAidContract, {
  getBookingOptions: (_payload, context) => use().booking.getBookingOptions(context),
  listSlots: (payload, context) => use().booking.listSlots(payload.serviceKey, context),
  bookSlot: (payload, context) => use().booking.bookSlot(payload, context),
  listMyCases: (payload, context) => use().myCases.listMyCases(payload, context),
  getMyCase: (payload, context) => use().myCases.getMyCase(payload.caseId, context),
  cancelBooking: (payload, context) => use().booking.cancelBooking(payload.caseId, context),
  rateCase: (payload, context) => use().myCases.rateCase(payload, context),
  listDay: (payload, context) => use().handling.listDay(payload, context),
  listCases: (payload, context) => use().handling.listCases(payload, context),
  getCase: (payload, context) => use().handling.getCase(payload.caseId, context),
  recordAttendance: (payload, context) => use().handling.recordAttendance(payload, context),
  progressCase: (payload, context) => use().handling.progressCase(payload, context),
  revealContactPhone: (payload, context) => use().handling.revealContactPhone(payload.caseId, context),
  listHandlers: () => use().handling.listHandlers(),
  listRosters: (_payload, context) => use().rosters.listRosters(context),
  saveRoster: (payload, context) => use().rosters.saveRoster(payload, context),
  closeDay: (payload, context) => use().rosters.closeDay(payload, context),
  saveService: (payload, context) => use().rosters.saveService(payload.service, context),
  saveSettings: (payload, context) => use().rosters.saveSettings(payload.settings, context),
  stats: payload => use().statistics.stats(payload),
  upkeep: (_payload, context) => use().upkeep.upkeep(context.log),
})
