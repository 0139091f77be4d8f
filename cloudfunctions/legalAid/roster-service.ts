import { randomUUID } from 'node:crypto'
import { legalAidContract, type ClosedDay, type HandlerView, type RostersPage, type RosterView, type SavedRoster } from '../../src/domain/contracts/legal-aid'
import type { LegalAidSettings } from '../../src/domain/legal-aid/legal-aid-settings'
import { DEFAULT_LEGAL_SERVICES, type LegalService } from '../../src/domain/legal-aid/legal-services'
import type { RosterRule } from '../../src/domain/legal-aid/roster'
import { uncoveredYears } from '../../src/domain/legal-aid/slot-plan'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import { signedInUser } from '../runtime/signed-in-user'
import { HANDLER_ROLES } from './case-handling-service'
import { cancelBookedCase } from './cancel-booked-case'
import { closureIdFor } from './closures-repository'
import type { LegalAidDependencies } from './legal-aid-dependencies'
import { WHOLE_CENTRE, type RosterDocument } from './legal-documents'
import { materialiseRoster } from './materialise-slots'
import { rosterOf } from './rosters-repository'

const errors = legalAidContract.errors

/** How far ahead the staff page lists closed days. */
const CLOSURES_AHEAD_DAYS = 60

function newRosterId(): string {
  return `ro${randomUUID().replace(/-/g, '').slice(0, 12)}`
}

/** The apology a worker reads when the union closes the day of their booking. */
export function closureApology(reason: string): string {
  return `${reason}，这天暂停接待，您的预约已取消。给您添麻烦了，请改约其他时间，或拨打 12351。`
}

/** Staff keep the duty rules, the services and the rules of the room, and close days. */
export function rosterService(deps: LegalAidDependencies) {
  function rosterView(document: RosterDocument, services: readonly LegalService[], booked: number): RosterView {
    return {
      ...rosterOf(document),
      serviceName: services.find(service => service.key === document.serviceKey)?.name ?? document.serviceKey,
      hostName: document.hostName,
      bookingsAhead: booked,
    }
  }

  /** Places booked ahead, by roster (of one roster, or all). */
  async function bookingsAhead(now: Date, rosterId: string | null = null): Promise<ReadonlyMap<string, number>> {
    const counts = new Map<string, number>()
    for (const slot of await deps.slots.bookedAhead(now, shanghaiDateKey(now), rosterId)) counts.set(slot.rosterId, (counts.get(slot.rosterId) ?? 0) + slot.booked)
    return counts
  }

  async function handlers(): Promise<HandlerView[]> {
    return (await deps.users.withRoles(HANDLER_ROLES, 200)).map(user => ({ userId: user._id, name: user.nickname, role: user.role }))
  }

  return {
    async listRosters(context: CallerContext): Promise<RostersPage> {
      const now = deps.now()
      const today = shanghaiDateKey(now)
      const [rosters, config, hosts, closures, booked] = await Promise.all([
        deps.rosters.all(),
        deps.config(context.log),
        handlers(),
        deps.closures.between(today, addDays(today, CLOSURES_AHEAD_DAYS)),
        bookingsAhead(now),
      ])
      return {
        rosters: rosters.map(roster => rosterView(roster, config.services, booked.get(roster._id) ?? 0)),
        services: config.services,
        hosts,
        closures: closures.map(closure => ({ day: closure.day, rosterId: closure.rosterId === WHOLE_CENTRE ? null : closure.rosterId, reason: closure.reason })),
        settings: config.settings,
        uncoveredYears: uncoveredYears(today, addDays(today, config.settings.horizonDays - 1), config.calendar),
      }
    },

    /**
     * Saves a roster and brings its slots in line at once (the daily upkeep does it again, so a save
     * whose answer was lost still ends up materialised). Booked slots are never touched.
     */
    async saveRoster(request: { readonly rosterId?: string; readonly rule: RosterRule }, context: CallerContext): Promise<SavedRoster> {
      const transaction = transactionOf(context)
      const now = deps.now()
      const config = await deps.config(context.log)
      const { rule } = request
      if (!config.services.some(service => service.key === rule.serviceKey)) throw new AppError(errors.ServiceNotFound, '没有这项服务，请重新选择')
      const host = await deps.users.findById(rule.hostUserId)
      if (host === null || !HANDLER_ROLES.includes(host.role)) throw new AppError(errors.InvalidHost, '接待人要选律师或工会工作人员')
      const rosters = deps.rosters.in(transaction)
      const existing = request.rosterId === undefined ? null : await rosters.findById(request.rosterId)
      if (request.rosterId !== undefined && existing === null) throw new AppError(errors.RosterNotFound, '没有找到这条排班，可能已被删除')
      const document: RosterDocument = {
        _id: existing?._id ?? newRosterId(),
        ...rule,
        hostName: host.nickname,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      }
      await rosters.save(document)
      const today = shanghaiDateKey(now)
      const slots = await materialiseRoster(deps, document, { firstDay: today, lastDay: addDays(today, config.settings.horizonDays - 1) }, config.calendar, now)
      context.auditTarget({ rosterId: document._id, serviceKey: rule.serviceKey, created: existing === null, active: rule.active })
      const booked = await bookingsAhead(now, document._id)
      return { roster: rosterView(document, config.services, booked.get(document._id) ?? 0), slots }
    },

    /**
     * Closes a day for one roster or the whole centre: its slots stop taking bookings, and every booking
     * on them is cancelled with a message and an apology, all in one transaction. Slots made for that day
     * later are made closed.
     */
    async closeDay(request: { readonly day: string; readonly rosterId?: string; readonly reason: string }, context: CallerContext): Promise<ClosedDay> {
      const { userId } = signedInUser(context)
      const transaction = transactionOf(context)
      const now = deps.now()
      const { settings } = await deps.config(context.log)
      if (request.day < shanghaiDateKey(now)) throw new AppError(errors.DayInPast, '不能关闭已经过去的日子')
      if (request.rosterId !== undefined && (await deps.rosters.findById(request.rosterId)) === null) throw new AppError(errors.RosterNotFound, '没有找到这条排班')
      const rosterId = request.rosterId ?? null
      await deps.closures.in(transaction).save({ _id: closureIdFor(request.day, rosterId), day: request.day, rosterId: rosterId ?? WHOLE_CENTRE, reason: request.reason, closedByUserId: userId, createdAt: now })

      // Found outside the transaction, each then read and written in it: a claim on a place that gets to one
      // of these slots first makes this transaction run again and find it.
      const found = rosterId === null ? await deps.slots.onDay(request.day, null) : await deps.slots.ofRosterOnDay(rosterId, request.day)
      const slots = deps.slots.in(transaction)
      const cases = deps.cases.in(transaction)
      const apology = closureApology(request.reason)
      let slotsClosed = 0
      let bookingsCancelled = 0
      for (const slot of found) {
        const current = await slots.findById(slot._id)
        if (current === null || (current.status === 'closed' && current.booked === 0)) continue
        // Every place held: a booking already written is cancelled with an apology; a claim whose booking is
        // still under way is voided, so that booking can no longer be written (or, written first, makes this
        // transaction start over and cancel it).
        for (const caseId of current.holders) {
          const verdict = await slots.verdictOf(caseId)
          if (verdict === null) await slots.settleClaim(caseId, slot._id, 'void', now)
          if (verdict !== 'booked') continue
          const document = await cases.findById(caseId)
          if (document === null) continue
          const entry = { status: 'cancelled' as const, at: now, byUserId: userId, byRole: await context.role(), assigneeKind: null, note: apology }
          if ((await cancelBookedCase(deps, transaction, document, entry, settings, now, context.log, apology)) !== null) bookingsCancelled += 1
        }
        await slots.close(slot._id, request.reason, now)
        slotsClosed += 1
      }
      context.auditTarget({ day: request.day, rosterId: rosterId ?? WHOLE_CENTRE, slotsClosed, bookingsCancelled })
      return { day: request.day, slotsClosed, bookingsCancelled }
    },

    async saveService(service: LegalService, context: CallerContext): Promise<readonly LegalService[]> {
      const now = deps.now()
      const repository = deps.configRepository.in(transactionOf(context))
      // Until a service is stored the defaults stand in for all of them; the first one saved would end that,
      // so the defaults are stored with it and no service the workers had disappears.
      if ((await deps.configRepository.services()).length === 0) {
        for (const standing of DEFAULT_LEGAL_SERVICES) if (standing.key !== service.key) await repository.saveService(standing, now)
      }
      await repository.saveService(service, now)
      deps.config.invalidate()
      context.auditTarget({ serviceKey: service.key, active: service.active })
      const config = await deps.config(context.log)
      const others = config.services.filter(candidate => candidate.key !== service.key)
      return [...others, service].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key))
    },

    async saveSettings(settings: LegalAidSettings, context: CallerContext): Promise<LegalAidSettings> {
      await deps.configRepository.in(transactionOf(context)).saveSettings(settings, deps.now())
      deps.config.invalidate()
      context.auditTarget({ cancelCutoffMinutes: settings.cancelCutoffMinutes, retentionYears: settings.retentionYears, horizonDays: settings.horizonDays })
      return settings
    },
  }
}
