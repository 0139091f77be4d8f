import { legalAidContract } from '../../src/domain/contracts/legal-aid'
import { bookingRefusal, openBookings } from '../../src/domain/legal-aid/booking-limits'
import { isPaused, type NoShowPolicy } from '../../src/domain/legal-aid/no-show-pause'
import { monthDayWords, slotWords } from '../../src/domain/legal-aid/when-words'
import { shanghaiDateKey, shanghaiParts } from '../../src/domain/time/shanghai-time'
import { AppError } from '../runtime/app-error'
import type { BookerDocument, HeldEntry, SlotDocument } from './legal-documents'

const errors = legalAidContract.errors

/** Why self-booking is paused, in the words the worker reads. */
export function pauseReason(pause: NonNullable<BookerDocument['pause']>, policy: NoShowPolicy): string {
  return `您在 ${policy.windowDays} 天内有 ${pause.noShows} 次预约没有到场，自助预约暂停到 ${monthDayWords(pause.until)}。有急事请拨打 12351。`
}

export function activePause(booker: BookerDocument | null, now: Date): NonNullable<BookerDocument['pause']> | null {
  const pause = booker?.pause ?? null
  if (pause === null) return null
  return isPaused({ startedAt: pause.startedAt.getTime(), until: pause.until.getTime(), noShows: pause.noShows }, now.getTime()) ? pause : null
}

function asHeld(entry: HeldEntry) {
  return { caseId: entry.caseId, slotId: entry.slotId, startsAt: entry.startsAt.getTime(), endsAt: entry.endsAt.getTime() }
}

/** The bookings the person still holds at `now` (those that ended drop out). */
export function stillHeld(booker: BookerDocument | null, now: Date): HeldEntry[] {
  const open = new Set(openBookings((booker?.held ?? []).map(asHeld), now.getTime()).map(entry => entry.caseId))
  return (booker?.held ?? []).filter(entry => open.has(entry.caseId))
}

function heldWords(entry: HeldEntry): string {
  const start = shanghaiParts(entry.startsAt)
  const end = shanghaiParts(entry.endsAt)
  return slotWords(shanghaiDateKey(entry.startsAt), start.minuteOfDay, end.minuteOfDay)
}

/**
 * Refuses a booking the person's standing does not allow: a pause after no-shows, the same slot twice,
 * an overlap with one they hold, or more open bookings than allowed. Checked before the place is claimed
 * and again in the booking's transaction, where the person's record makes it final.
 */
export function checkBooker(booker: BookerDocument | null, slot: Pick<SlotDocument, '_id' | 'startsAt' | 'endsAt'>, now: Date, limits: { readonly maxOpenBookings: number; readonly noShow: NoShowPolicy }): void {
  const pause = activePause(booker, now)
  if (pause !== null) throw new AppError(errors.BookingPaused, pauseReason(pause, limits.noShow))
  const held = stillHeld(booker, now)
  const refusal = bookingRefusal(held.map(asHeld), { slotId: slot._id, startsAt: slot.startsAt.getTime(), endsAt: slot.endsAt.getTime() }, now.getTime(), limits.maxOpenBookings)
  if (refusal === null) return
  const entry = refusal.kind === 'too-many' ? null : held.find(candidate => candidate.caseId === refusal.held.caseId)
  switch (refusal.kind) {
    case 'same-slot':
      throw new AppError(errors.AlreadyBooked, '您已经约了这个时段，不用再约。可以在“我的咨询”里查看')
    case 'overlap':
      throw new AppError(errors.OverlappingBooking, `您在${entry === null || entry === undefined ? '这个时间' : ` ${heldWords(entry)} `}已经有一个预约，时间重叠了，请换一个时段`)
    case 'too-many':
      throw new AppError(errors.TooManyOpenBookings, `您已经有 ${refusal.max} 个预约还没到时间，去过一次或取消一个后才能再约`)
  }
}
