import { describe, expect, it } from 'vitest'
import { shanghaiInstantMs } from '../time/shanghai-time'
import { bookingRefusal, openBookings, overlaps, type HeldBooking } from './booking-limits'
import { canCancelAt, cancelDeadline, describeCutoff } from './cancel-cutoff'
import { countingNoShows, isPaused, pauseAfterNoShow, type NoShowPolicy } from './no-show-pause'
import { canMoveCase, caseStatusLabel } from './case-status'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const at = (day: string, clock: string) => shanghaiInstantMs(day, Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3)))

const held = (caseId: string, day: string, start: string, end: string): HeldBooking => ({ caseId, slotId: `s-${caseId}`, startsAt: at(day, start), endsAt: at(day, end) })

describe('the cancel cut-off', () => {
  const startsAt = at('2026-11-04', '09:00')

  it('lets a booking be cancelled until two hours before it starts, and not from then on', () => {
    // 09:00 in Shanghai is 01:00 UTC; two hours before is 23:00 UTC the day before.
    expect(new Date(cancelDeadline(startsAt, 120)).toISOString()).toBe('2026-11-03T23:00:00.000Z')
    expect(canCancelAt(startsAt, at('2026-11-04', '06:59'), 120)).toBe(true)
    expect(canCancelAt(startsAt, at('2026-11-04', '07:00') - 1, 120)).toBe(true)
    expect(canCancelAt(startsAt, at('2026-11-04', '07:00'), 120)).toBe(false)
    expect(canCancelAt(startsAt, at('2026-11-04', '08:30'), 120)).toBe(false)
  })

  it('follows a configured cut-off, including none at all', () => {
    expect(canCancelAt(startsAt, at('2026-11-03', '10:00'), 24 * 60)).toBe(false)
    expect(canCancelAt(startsAt, startsAt - 1, 0)).toBe(true)
    expect(canCancelAt(startsAt, startsAt, 0)).toBe(false)
  })

  it('says the cut-off in words', () => {
    expect(describeCutoff(120)).toBe('2 小时')
    expect(describeCutoff(90)).toBe('90 分钟')
    expect(describeCutoff(1440)).toBe('1 天')
  })
})

describe('booking limits', () => {
  const now = at('2026-11-04', '08:00')
  const candidate = { slotId: 's-new', startsAt: at('2026-11-04', '09:30'), endsAt: at('2026-11-04', '10:00') }

  it('treats touching slots as not overlapping and shared minutes as overlapping', () => {
    expect(overlaps(held('a', '2026-11-04', '09:00', '09:30'), candidate)).toBe(false)
    expect(overlaps(held('a', '2026-11-04', '09:45', '10:15'), candidate)).toBe(true)
    expect(overlaps(held('a', '2026-11-04', '09:00', '11:00'), candidate)).toBe(true)
  })

  it('refuses the same slot twice and a slot overlapping one held, even in another service', () => {
    expect(bookingRefusal([{ ...held('a', '2026-11-04', '09:30', '10:00'), slotId: 's-new' }], candidate, now, 2)?.kind).toBe('same-slot')
    expect(bookingRefusal([held('a', '2026-11-04', '09:00', '10:00')], candidate, now, 2)).toMatchObject({ kind: 'overlap', held: { caseId: 'a' } })
  })

  it('allows at most the configured number of open bookings', () => {
    const two = [held('a', '2026-11-05', '09:00', '09:30'), held('b', '2026-11-06', '09:00', '09:30')]
    expect(bookingRefusal(two.slice(0, 1), candidate, now, 2)).toBeNull()
    expect(bookingRefusal(two, candidate, now, 2)).toEqual({ kind: 'too-many', max: 2 })
    expect(bookingRefusal(two, candidate, now, 3)).toBeNull()
  })

  it('stops counting a booking once its time has passed', () => {
    const pastAndFuture = [held('past', '2026-11-03', '09:00', '09:30'), held('b', '2026-11-06', '09:00', '09:30')]
    expect(openBookings(pastAndFuture, now).map(booking => booking.caseId)).toEqual(['b'])
    expect(bookingRefusal(pastAndFuture, candidate, now, 2)).toBeNull()
  })
})

describe('the no-show pause', () => {
  const policy: NoShowPolicy = { limit: 3, windowDays: 90, pauseDays: 30 }
  const now = at('2026-11-04', '10:00')

  it('pauses self-booking for 30 days at the third no-show within 90 days', () => {
    const two = [now - 80 * DAY, now - 10 * DAY]
    expect(pauseAfterNoShow(two, now, policy, null)).toBeNull()
    const pause = pauseAfterNoShow([...two, now], now, policy, null)
    expect(pause).toEqual({ startedAt: now, until: now + 30 * DAY, noShows: 3 })
    expect(isPaused(pause, now + 29 * DAY)).toBe(true)
    expect(isPaused(pause, now + 30 * DAY)).toBe(false)
  })

  it('does not count a no-show older than 90 days', () => {
    expect(pauseAfterNoShow([now - 91 * DAY, now - 10 * DAY, now], now, policy, null)).toBeNull()
    expect(countingNoShows([now - 91 * DAY, now - 90 * DAY + 1, now], now, policy, null)).toHaveLength(2)
  })

  it('does not let the no-shows behind one pause cause the next', () => {
    const firstPause = now - 40 * DAY
    const misses = [firstPause - 20 * DAY, firstPause - 5 * DAY, firstPause, now]
    expect(pauseAfterNoShow(misses, now, policy, firstPause)).toBeNull()
    expect(pauseAfterNoShow([...misses, now - DAY, now - 2 * DAY], now, policy, firstPause)?.noShows).toBe(3)
  })

  it('follows a configured policy', () => {
    expect(pauseAfterNoShow([now - DAY, now], now, { limit: 2, windowDays: 30, pauseDays: 7 }, null)?.until).toBe(now + 7 * DAY)
  })
})

describe('case statuses', () => {
  it('moves a booking only along the case’s path', () => {
    expect(canMoveCase('booked', 'attended')).toBe(true)
    expect(canMoveCase('booked', 'closed')).toBe(false)
    expect(canMoveCase('no-show', 'attended')).toBe(true)
    expect(canMoveCase('attended', 'assigned')).toBe(true)
    expect(canMoveCase('assigned', 'assigned')).toBe(true)
    expect(canMoveCase('closed', 'mediating')).toBe(false)
    expect(canMoveCase('cancelled', 'booked')).toBe(false)
  })

  it('reads an assignment to a leader as 领导包案', () => {
    expect(caseStatusLabel('assigned', 'lawyer')).toBe('已指派律师')
    expect(caseStatusLabel('assigned', 'leader')).toBe('领导包案')
    expect(caseStatusLabel('no-show')).toBe('未到场')
  })
})
