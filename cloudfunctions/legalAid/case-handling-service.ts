import { legalAidContract, type CaseRow, type DaySheet, type HandlerView, type Page, type StaffCase } from '../../src/domain/contracts/legal-aid'
import type { Role } from '../../src/domain/contracts/roles'
import type { CaseOutcomeKind } from '../../src/domain/legal-aid/case-outcomes'
import { ASSIGNABLE_ROLES, canMoveCase, caseStatusLabel, type AssigneeKind, type CaseStatus } from '../../src/domain/legal-aid/case-status'
import { pauseAfterNoShow } from '../../src/domain/legal-aid/no-show-pause'
import { minutesToClockTime } from '../../src/domain/time/clock-time'
import { shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { AppError } from '../runtime/app-error'
import { CommonErrorCode } from '../../src/domain/contracts/error-codes'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import { offsetPage, pageOffset } from '../runtime/offset-page'
import { signedInUser } from '../runtime/signed-in-user'
import { canHandleCase, seesEverything, type Handler } from './case-access'
import type { CaseChanges } from './cases-repository'
import { toCaseRow, toStaffCase } from './case-views'
import type { LegalAidDependencies } from './legal-aid-dependencies'
import type { BookerDocument, CaseDocument, TimelineEntry } from './legal-documents'

const errors = legalAidContract.errors
const CASES_PAGE = 20
/** A worker who comes early is received: attendance can be recorded from an hour before the appointment. */
const EARLY_ARRIVAL_MS = 60 * 60_000

/** The roles that host rosters and handle cases. */
export const HANDLER_ROLES: readonly Role[] = ['staff', 'lawyer', 'admin']

export type CaseStep =
  | { readonly kind: 'mediating'; readonly note?: string }
  | { readonly kind: 'assign'; readonly assigneeUserId: string; readonly assigneeKind: AssigneeKind; readonly note?: string }
  | { readonly kind: 'close'; readonly outcome: CaseOutcomeKind; readonly note?: string }

function optionalNote(note: string | undefined): string | null {
  return note === undefined || note === '' ? null : note
}

/** Hosts, lawyers and staff work through the day's bookings and follow each case to its end. */
export function caseHandlingService(deps: LegalAidDependencies) {
  const notFound = () => new AppError(errors.CaseNotFound, '没有找到这条咨询记录，或者它不归您处理')

  async function handlerOf(context: CallerContext): Promise<Handler> {
    const { userId } = signedInUser(context)
    return { userId, role: await context.role() }
  }

  function scopeAllowed(scope: 'mine' | 'all', handler: Handler): void {
    if (scope === 'all' && !seesEverything(handler.role)) throw new AppError(CommonErrorCode.Forbidden, '您只能看自己接待或负责的咨询')
  }

  async function staffView(document: CaseDocument, context: CallerContext): Promise<StaffCase> {
    const [config, links] = await Promise.all([deps.config(context.log), deps.photoLinks(document.photos ?? [])])
    return toStaffCase(document, config.settings, deps.now(), links)
  }

  /** Reads the case in the action's transaction and checks the caller may handle it. */
  async function caseToHandle(context: CallerContext, caseId: string): Promise<{ document: CaseDocument; handler: Handler }> {
    const handler = await handlerOf(context)
    const document = await deps.cases.in(transactionOf(context)).findById(caseId)
    if (document === null || !canHandleCase(document, handler)) throw notFound()
    return { document, handler }
  }

  function entryFor(handler: Handler, status: CaseStatus, now: Date, note: string | null, assigneeKind: AssigneeKind | null = null): TimelineEntry {
    return { status, at: now, byUserId: handler.userId, byRole: handler.role, assigneeKind, note }
  }

  /** Moves the case in the transaction, or says it moved meanwhile. */
  async function move(context: CallerContext, document: CaseDocument, to: CaseStatus, changes: CaseChanges, entry: TimelineEntry, now: Date): Promise<CaseDocument> {
    if (!canMoveCase(document.status, to)) {
      throw new AppError(errors.CaseStateChanged, `这条咨询现在是“${caseStatusLabel(document.status, document.assignee?.kind ?? null)}”，不能改为“${caseStatusLabel(to, entry.assigneeKind)}”`)
    }
    const cases = deps.cases.in(transactionOf(context))
    if (!(await cases.move(document._id, document.status, to, changes, entry, now))) {
      throw new AppError(errors.CaseStateChanged, '这条咨询刚被别人处理了，请刷新后再看')
    }
    const { releaseSeat, ...fields } = changes
    const moved: CaseDocument = { ...document, ...fields, status: to, timeline: [...(document.timeline ?? []), entry], updatedAt: now }
    return releaseSeat === true ? { ...moved, seatKey: undefined } : moved
  }

  /** The booker's record after an attendance is recorded: no longer held, and a no-show counted or taken back. */
  function bookerAfterAttendance(booker: BookerDocument, document: CaseDocument, attended: boolean, now: Date, policy: Parameters<typeof pauseAfterNoShow>[2]): BookerDocument {
    const held = booker.held.filter(entry => entry.caseId !== document._id)
    if (!attended) {
      const noShows = [...booker.noShows.filter(entry => entry.caseId !== document._id), { caseId: document._id, at: now }]
      const pause = pauseAfterNoShow(noShows.map(entry => entry.at.getTime()), now.getTime(), policy, booker.pause?.startedAt.getTime() ?? null)
      return { ...booker, held, noShows, pause: pause === null ? booker.pause : { startedAt: new Date(pause.startedAt), until: new Date(pause.until), noShows: pause.noShows }, updatedAt: now }
    }
    const corrected = booker.noShows.find(entry => entry.caseId === document._id)
    const noShows = booker.noShows.filter(entry => entry.caseId !== document._id)
    const pause = booker.pause
    // A no-show taken back lifts the pause it brought about, unless the rest still make one.
    if (corrected !== undefined && pause !== null && corrected.at.getTime() <= pause.startedAt.getTime()) {
      const pausedAt = pause.startedAt.getTime()
      const still = pauseAfterNoShow(noShows.map(entry => entry.at.getTime()).filter(at => at <= pausedAt), pausedAt, policy, null)
      if (still === null) return { ...booker, held, noShows, pause: null, updatedAt: now }
    }
    return { ...booker, held, noShows, pause, updatedAt: now }
  }

  return {
    async listDay(request: { readonly day: string; readonly scope: 'mine' | 'all' }, context: CallerContext): Promise<DaySheet> {
      const handler = await handlerOf(context)
      scopeAllowed(request.scope, handler)
      const [slots, config] = await Promise.all([deps.slots.onDay(request.day, request.scope === 'all' ? null : handler.userId), deps.config(context.log)])
      const serviceNames = new Map(config.services.map(service => [service.key, service.name]))
      const cases = await deps.cases.inSlots(slots.map(slot => slot._id))
      const bySlot = new Map<string, CaseRow[]>()
      for (const document of cases) {
        if (document.status === 'cancelled') continue
        bySlot.set(document.slotId, [...(bySlot.get(document.slotId) ?? []), toCaseRow(document)])
      }
      context.auditTarget({ day: request.day, scope: request.scope, cases: cases.length })
      return {
        day: request.day,
        scope: request.scope,
        slots: slots.map(slot => ({
          slotId: slot._id,
          serviceName: serviceNames.get(slot.serviceKey) ?? slot.serviceKey,
          start: minutesToClockTime(slot.startMinute),
          end: minutesToClockTime(slot.endMinute),
          room: slot.room,
          hostName: slot.hostName,
          capacity: slot.capacity,
          booked: slot.booked,
          closedReason: slot.status === 'closed' ? slot.closedReason ?? '暂停接待' : null,
          withdrawn: slot.status === 'withdrawn',
          cases: bySlot.get(slot._id) ?? [],
        })),
      }
    },

    async listCases(request: { readonly scope: 'mine' | 'all'; readonly cursor?: string }, context: CallerContext): Promise<Page<CaseRow>> {
      const handler = await handlerOf(context)
      scopeAllowed(request.scope, handler)
      const skip = pageOffset(request.cursor)
      const rows = await deps.cases.active(request.scope === 'all' ? null : handler.userId, skip, CASES_PAGE + 1)
      const { items, nextCursor } = offsetPage(rows, skip, CASES_PAGE)
      context.auditTarget({ scope: request.scope, cases: items.length })
      return { items: items.map(toCaseRow), nextCursor }
    },

    async getCase(caseId: string, context: CallerContext): Promise<StaffCase> {
      const handler = await handlerOf(context)
      const document = await deps.cases.findById(caseId)
      if (document === null || !canHandleCase(document, handler)) throw notFound()
      context.auditTarget({ caseId, read: true })
      return await staffView(document, context)
    },

    async recordAttendance(request: { readonly caseId: string; readonly attended: boolean }, context: CallerContext): Promise<StaffCase> {
      const transaction = transactionOf(context)
      const now = deps.now()
      const { settings } = await deps.config(context.log)
      const { document, handler } = await caseToHandle(context, request.caseId)
      if (request.attended && now.getTime() < document.startsAt.getTime() - EARLY_ARRIVAL_MS) throw new AppError(errors.CaseStateChanged, '还没到预约的时间，不能记为已接待')
      if (!request.attended && now.getTime() < document.startsAt.getTime()) throw new AppError(errors.CaseStateChanged, '预约时间还没到，不能记为未到场')
      const to: CaseStatus = request.attended ? 'attended' : 'no-show'
      const changes: CaseChanges = request.attended ? { received: true, finishedAt: null, releaseSeat: true } : { finishedAt: now, releaseSeat: true }
      const moved = await move(context, document, to, changes, entryFor(handler, to, now, null), now)
      if (document.userId !== null) {
        const bookers = deps.bookers.in(transaction)
        const booker = await bookers.findById(document.userId)
        if (booker !== null) await bookers.save(bookerAfterAttendance(booker, document, request.attended, now, settings.noShow))
      }
      await deps.messages.statusChanged(transaction, moved, settings, now, context.log)
      context.auditTarget({ caseId: document._id, from: document.status, to })
      return await staffView(moved, context)
    },

    async progressCase(request: { readonly caseId: string; readonly step: CaseStep }, context: CallerContext): Promise<StaffCase> {
      const transaction = transactionOf(context)
      const now = deps.now()
      const { settings } = await deps.config(context.log)
      const { document, handler } = await caseToHandle(context, request.caseId)
      const { step } = request
      const note = optionalNote(step.note)
      let moved: CaseDocument
      switch (step.kind) {
        case 'mediating':
          moved = await move(context, document, 'mediating', {}, entryFor(handler, 'mediating', now, note), now)
          break
        case 'assign': {
          const assignee = await deps.users.findById(step.assigneeUserId)
          if (assignee === null || !ASSIGNABLE_ROLES[step.assigneeKind].includes(assignee.role)) {
            throw new AppError(errors.InvalidAssignee, step.assigneeKind === 'lawyer' ? '请选一位律师' : '包案领导请选工会工作人员')
          }
          moved = await move(
            context,
            document,
            'assigned',
            { assignee: { userId: assignee._id, name: assignee.nickname, kind: step.assigneeKind }, handlerUserIds: [...new Set([document.hostUserId, assignee._id])] },
            entryFor(handler, 'assigned', now, note ?? `由${assignee.nickname}负责跟进`, step.assigneeKind),
            now,
          )
          break
        }
        case 'close':
          moved = await move(
            context,
            document,
            'closed',
            { outcomeKind: step.outcome, outcomeNote: note, closedAt: now, closedMonth: shanghaiDateKey(now).slice(0, 7), finishedAt: now },
            entryFor(handler, 'closed', now, null),
            now,
          )
          break
      }
      await deps.messages.statusChanged(transaction, moved, settings, now, context.log)
      context.auditTarget({ caseId: document._id, from: document.status, to: moved.status, step: step.kind })
      return await staffView(moved, context)
    },

    async revealContactPhone(caseId: string, context: CallerContext): Promise<{ readonly phone: string }> {
      const { document } = await caseToHandle(context, caseId)
      if (document.phone === null || document.phone === undefined) throw new AppError(errors.CaseNotFound, '这位职工的电话已经删除了')
      context.auditTarget({ caseId, phoneRevealed: true })
      return { phone: document.phone }
    },

    async listHandlers(): Promise<readonly HandlerView[]> {
      return (await deps.users.withRoles(HANDLER_ROLES, 200)).map(user => ({ userId: user._id, name: user.nickname, role: user.role }))
    },
  }
}
