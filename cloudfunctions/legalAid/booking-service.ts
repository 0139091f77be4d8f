import { createHash, randomUUID } from 'node:crypto'
import type { PayloadOf } from '../../src/domain/contracts/define-contract'
import { legalAidContract, type BookingOptions, type MyCase, type SlotDay, type SlotsAnswer, type SlotView } from '../../src/domain/contracts/legal-aid'
import { describeCutoff, canCancelAt } from '../../src/domain/legal-aid/cancel-cutoff'
import { CASE_DESCRIPTION_CONSENT_VERSION } from '../../src/domain/legal-aid/case-consent'
import { offeredServices, type LegalService } from '../../src/domain/legal-aid/legal-services'
import { textDigest } from '../../src/domain/stations/text-digest'
import { isOwnUpload } from '../../src/domain/storage/upload-folder'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { maskPhone } from '../../src/domain/users/mask-phone'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import type { Logger } from '../runtime/logger'
import { signedInUser } from '../runtime/signed-in-user'
import { ConcurrentAttemptCommitted } from '../runtime/transaction'
import { isDuplicateKeyError } from '../runtime/typed-collection'
import { activePause, checkBooker, pauseReason, stillHeld } from './booker-rules'
import { newBooker } from './bookers-repository'
import { cancelBookedCase } from './cancel-booked-case'
import { callNumbers, toMyCase, toSlotView } from './case-views'
import type { LegalAidDependencies } from './legal-aid-dependencies'
import { oldClaims } from './slots-repository'
import type { BookerDocument, CaseDocument, SlotDocument } from './legal-documents'

const errors = legalAidContract.errors

/** A claim older than this was never booked and never will be (a transaction lives 30 s at most). */
export const STALE_CLAIM_MS = 60_000

/**
 * A booking's id, from the person and the request: a retry of the same request (after a lost answer or a
 * crash) claims the same place and files the same case, never a second one.
 */
export function caseIdFor(userId: string, requestKey: string): string {
  return `c${createHash('sha256').update(`${userId}|${requestKey}`).digest('hex').slice(0, 24)}`
}

/** One open booking per person and slot (a unique index); derived from the user id, so it goes with their data. */
export function seatKeyFor(slotId: string, userId: string): string {
  return textDigest(`${slotId}|${userId}`)
}

export function serviceView(service: LegalService) {
  return { key: service.key, name: service.name, description: service.description, mode: service.mode }
}

/** Whether the person's record already holds this very booking (a concurrent attempt of the request committed it). */
function holdsCase(booker: BookerDocument | null, caseId: string): boolean {
  return booker?.held.some(entry => entry.caseId === caseId) === true
}

type BookPayload = PayloadOf<(typeof legalAidContract)['actions']['bookSlot']>

const SLOT_FULL = '这个时段已约满，请选其他时段'

/**
 * A request whose claimed place was given back before the booking could be written: its day was closed
 * meanwhile, or (a retry after a lost answer) the first attempt was refused and returned the place.
 */
const LOST_PLACE = '这个时段刚有变动，您的预约没有成功，请重新选择时段'

/** Workers find a slot and book it; they cancel until the cut-off. */
export function bookingService(deps: LegalAidDependencies) {
  function serviceOf(services: readonly LegalService[], key: string): LegalService {
    const service = services.find(candidate => candidate.key === key)
    if (service === undefined) throw new AppError(errors.ServiceNotFound, '没有这项服务，请返回重新选择')
    return service
  }

  /** Evidence photos only from the worker's own upload folder, and only ones really there. */
  async function checkPhotos(photos: readonly string[], userId: string): Promise<void> {
    if (photos.length === 0) return
    if (!photos.every(photo => isOwnUpload(photo, userId, 'legal-evidence'))) throw new AppError(errors.PhotoNotFound, '照片没有上传成功，请重新选择照片')
    const links = await deps.photoLinks(photos)
    if (photos.some(photo => (links.get(photo) ?? null) === null)) throw new AppError(errors.PhotoNotFound, '照片没有上传成功，请重新选择照片')
  }

  /** Gives back claims on the slot that were never booked and are too old to be; true when any place came free. */
  async function releaseStaleClaims(slot: SlotDocument, now: Date, log: Logger): Promise<boolean> {
    const stale = await deps.slots.staleClaims(slot, now, STALE_CLAIM_MS)
    let released = false
    for (const caseId of stale) {
      if (await deps.slots.release(slot._id, caseId, now)) {
        released = true
        log.warn('stale_claim_released', { slotId: slot._id })
      }
    }
    return released
  }

  async function claimPlace(slot: SlotDocument, caseId: string, now: Date, log: Logger): Promise<void> {
    let outcome = await deps.slots.claim(slot, caseId, now)
    if (outcome === 'full') {
      const fresh = await deps.slots.findById(slot._id)
      if (fresh !== null && (await releaseStaleClaims(fresh, now, log))) outcome = await deps.slots.claim(fresh, caseId, now)
    }
    switch (outcome) {
      case 'claimed':
      case 'already-held':
        return
      case 'full':
        throw new AppError(errors.SlotFull, SLOT_FULL)
      case 'closed':
        throw new AppError(errors.SlotClosed, '这个时段暂停接待了，请选其他时段')
      case 'missing':
        throw new AppError(errors.SlotNotFound, '这个时段已经取消了，请选其他时段')
    }
  }

  return {
    async getBookingOptions(context: CallerContext): Promise<BookingOptions> {
      const { userId } = signedInUser(context)
      const now = deps.now()
      const [config, booker, user] = await Promise.all([deps.config(context.log), deps.bookers.findById(userId), deps.users.findById(userId)])
      const pause = activePause(booker, now)
      return {
        services: offeredServices(config.services).map(serviceView),
        numbers: callNumbers(config.settings),
        cancelCutoffMinutes: config.settings.cancelCutoffMinutes,
        maxOpenBookings: config.settings.maxOpenBookings,
        horizonDays: config.settings.horizonDays,
        retentionYears: config.settings.retentionYears,
        consentVersion: CASE_DESCRIPTION_CONSENT_VERSION,
        pause: pause === null ? null : { until: pause.until.toISOString(), reason: pauseReason(pause, config.settings.noShow) },
        boundPhoneMasked: typeof user?.phone === 'string' && user.phone !== '' ? maskPhone(user.phone) : null,
        nickname: user?.nickname ?? '',
        openBookings: stillHeld(booker, now).length,
      }
    },

    async listSlots(serviceKey: string, context: CallerContext): Promise<SlotsAnswer> {
      const { userId } = signedInUser(context)
      const now = deps.now()
      const config = await deps.config(context.log)
      const service = serviceOf(offeredServices(config.services), serviceKey)
      const today = shanghaiDateKey(now)
      const lastDay = addDays(today, config.settings.horizonDays - 1)
      const [slots, booker] = await Promise.all([deps.slots.upcomingForService(service.key, now, lastDay), deps.bookers.findById(userId)])
      const mine = new Set(stillHeld(booker, now).map(entry => entry.slotId))
      const byDay = new Map<string, SlotView[]>()
      // A slot its roster no longer makes is listed only to whoever holds a place in it.
      for (const slot of slots.filter(candidate => candidate.status !== 'withdrawn' || mine.has(candidate._id))) byDay.set(slot.day, [...(byDay.get(slot.day) ?? []), toSlotView(slot, slot.hostName, mine.has(slot._id))])
      const days: SlotDay[] = [...byDay].map(([day, views]) => ({
        day,
        // A day every slot of which is closed reads as closed, with the reason staff gave.
        closedReason: views.every(view => view.closedReason !== null) ? views[0]?.closedReason ?? null : null,
        slots: views,
      }))
      return { service: serviceView(service), days, at: now.toISOString() }
    },

    async bookSlot(payload: BookPayload, context: CallerContext): Promise<MyCase> {
      const { userId } = signedInUser(context)
      const transaction = transactionOf(context)
      const now = deps.now()
      const config = await deps.config(context.log)
      const { settings } = config

      const description = payload.description === undefined || payload.description === '' ? null : payload.description
      const sensitive = description !== null || payload.photos.length > 0
      const consented = payload.consent?.granted === true && payload.consent.version === CASE_DESCRIPTION_CONSENT_VERSION
      if (sensitive && !consented) {
        throw new AppError(errors.ConsentRequired, '保存情况说明和照片前，需要您单独同意。也可以不写说明直接预约，见面时再说')
      }

      const caseId = caseIdFor(userId, context.requestId ?? randomUUID())
      const slot = await deps.slots.findById(payload.slotId)
      if (slot === null) throw new AppError(errors.SlotNotFound, '这个时段已经取消了，请选其他时段')
      if (slot.status === 'withdrawn') throw new AppError(errors.SlotClosed, '这个时段不再开放预约，请选其他时段')
      if (slot.status !== 'open') throw new AppError(errors.SlotClosed, `${slot.closedReason ?? '这一天暂停接待'}，请选其他时段`)
      if (slot.startsAt.getTime() <= now.getTime()) throw new AppError(errors.SlotStarted, '这个时段已经开始了，请选后面的时段')
      // Full, not by this request, and no claim old enough to have been given up: most of a rush ends here,
      // at the first read, so the crowd costs the database as little as it can.
      if (slot.booked >= slot.capacity && !slot.holders.includes(caseId) && oldClaims(slot, now, STALE_CLAIM_MS).length === 0) throw new AppError(errors.SlotFull, SLOT_FULL)
      // A retry of this very request that committed while this attempt ran: start over and replay its answer.
      if ((await deps.cases.findById(caseId)) !== null) throw new ConcurrentAttemptCommitted()
      const service = serviceOf(config.services, slot.serviceKey)
      const standing = await deps.bookers.findById(userId)
      if (holdsCase(standing, caseId)) throw new ConcurrentAttemptCommitted()
      checkBooker(standing, slot, now, settings)

      let phone: string
      if (payload.phone.kind === 'typed') phone = payload.phone.number
      else {
        const bound = (await deps.users.findById(userId))?.phone ?? null
        if (bound === null || bound === '') throw new AppError(errors.NoBoundPhone, '您还没有绑定手机号，请填写联系电话')
        phone = bound
      }
      await checkPhotos(payload.photos, userId)

      await claimPlace(slot, caseId, now, context.log)
      try {
        // Decided in the transaction: the person's record (one booking of theirs at a time) and the slot,
        // which a closed day or a cancellation also writes, so neither can slip past the other.
        const bookers = deps.bookers.in(transaction)
        const booker = (await bookers.findById(userId)) ?? newBooker(userId, now)
        if (holdsCase(booker, caseId) || (await deps.cases.in(transaction).findById(caseId)) !== null) throw new ConcurrentAttemptCommitted()
        checkBooker(booker, slot, now, settings)
        // The place is this request's by the claim above. What remains is that nobody gave it back since
        // (a closed day voids the claims on its slots): the verdict below is written with the booking, so
        // a void written first is found here, or written meanwhile makes this transaction start over.
        const slots = deps.slots.in(transaction)
        const verdict = await slots.verdictOf(caseId)
        if (verdict === 'void') throw new AppError(errors.SlotClosed, LOST_PLACE)
        if (verdict === 'booked') throw new ConcurrentAttemptCommitted()
        const document: CaseDocument = {
          _id: caseId,
          userId,
          seatKey: seatKeyFor(slot._id, userId),
          serviceKey: service.key,
          serviceName: service.name,
          serviceMode: service.mode,
          slotId: slot._id,
          rosterId: slot.rosterId,
          day: slot.day,
          month: slot.day.slice(0, 7),
          startMinute: slot.startMinute,
          endMinute: slot.endMinute,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          room: slot.room,
          hostUserId: slot.hostUserId,
          hostName: slot.hostName,
          caseType: payload.caseType,
          description,
          consent: sensitive ? { version: CASE_DESCRIPTION_CONSENT_VERSION, grantedAt: now } : null,
          contactName: payload.contactName === undefined || payload.contactName === '' ? null : payload.contactName,
          phone,
          phoneMasked: maskPhone(phone),
          employer: payload.employer === undefined || payload.employer === '' ? null : payload.employer,
          photos: [...payload.photos],
          status: 'booked',
          received: false,
          assignee: null,
          handlerUserIds: [slot.hostUserId],
          outcomeKind: null,
          outcomeNote: null,
          rating: null,
          ratingComment: null,
          timeline: [{ status: 'booked', at: now, byUserId: null, byRole: 'self', assigneeKind: null, note: null }],
          closedAt: null,
          closedMonth: null,
          finishedAt: null,
          createdAt: now,
          updatedAt: now,
        }
        transaction.refuseDuplicateWith(new AppError(errors.AlreadyBooked, '您已经约了这个时段，不用再约。可以在“我的咨询”里查看'))
        await deps.cases.in(transaction).insert(document)
        await bookers.save({ ...booker, held: [...stillHeld(booker, now), { caseId, slotId: slot._id, startsAt: slot.startsAt, endsAt: slot.endsAt }], updatedAt: now })
        await deps.messages.booked(transaction, document, settings, now, context.log)
        await slots.settleClaim(caseId, slot._id, 'booked', now)
        return toMyCase(document, settings, now)
      } catch (error) {
        // A refusal gives the claimed place back at once; anything else (a conflict that retries this
        // booking, a crash) leaves the claim for the retry to reuse, or for the stale-claim release.
        if (error instanceof AppError) await deps.slots.release(slot._id, caseId, now)
        // A document this booking adds that another attempt of it added first (its message in 消息): start
        // over, and the next attempt replays that attempt's answer.
        if (isDuplicateKeyError(error)) throw new ConcurrentAttemptCommitted()
        throw error
      }
    },

    async cancelBooking(caseId: string, context: CallerContext): Promise<MyCase> {
      const { userId } = signedInUser(context)
      const transaction = transactionOf(context)
      const now = deps.now()
      const { settings } = await deps.config(context.log)
      const cases = deps.cases.in(transaction)
      const document = await cases.findById(caseId)
      if (document === null || document.userId !== userId) throw new AppError(errors.CaseNotFound, '没有找到这个预约')
      if (document.status !== 'booked') throw new AppError(errors.CaseStateChanged, '这个预约已经不能取消了，请刷新看看')
      if (!canCancelAt(document.startsAt.getTime(), now.getTime(), settings.cancelCutoffMinutes)) {
        const centre = settings.centrePhone === null ? '' : `或${settings.centreName}电话 ${settings.centrePhone}`
        throw new AppError(errors.CutoffPassed, `离开始不到 ${describeCutoff(settings.cancelCutoffMinutes)}，不能在小程序里取消了。请拨打 12351 ${centre}告诉我们`)
      }
      const entry = { status: 'cancelled' as const, at: now, byUserId: null, byRole: 'self' as const, assigneeKind: null, note: null }
      const cancelled = await cancelBookedCase(deps, transaction, document, entry, settings, now, context.log)
      if (cancelled === null) throw new AppError(errors.CaseStateChanged, '这个预约已经不能取消了，请刷新看看')
      await deps.slots.in(transaction).free(document.slotId, caseId, now)
      return toMyCase(cancelled, settings, now)
    },
  }
}
