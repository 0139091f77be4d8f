import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WEEKDAYS } from '../time/shanghai-time'
import { CHINA_HOLIDAY_CALENDAR, NO_HOLIDAYS } from './holiday-calendar'
import { openingStatus, type OpeningHours, type WeeklyOpeningHours } from './opening-hours'
import { hasExceptionSpans, openNowProbes, openSpans, spansAnswerProbes } from './open-spans'

const at = (wallClock: string): Date => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`)

const isOpenBySpans = (hours: OpeningHours, now: Date, calendar = CHINA_HOLIDAY_CALENDAR) =>
  spansAnswerProbes(openSpans(hours), openNowProbes(now, calendar))

const officeHours = (closedOnHolidays: boolean): WeeklyOpeningHours => ({
  kind: 'weekly',
  ranges: [{ days: [1, 2, 3, 4, 5], open: '08:00', close: '18:00' }],
  closedOnHolidays,
})

describe('precomputed openings', () => {
  it('opens a 24-hour station every minute of every day', () => {
    expect(openSpans({ kind: 'always' })).toHaveLength(7)
    expect(isOpenBySpans({ kind: 'always' }, at('2026-10-01 03:00'))).toBe(true)
  })

  it('stores a night range with its end past midnight, under the day it opens', () => {
    const hours: OpeningHours = { kind: 'weekly', ranges: [{ days: [5], open: '20:00', close: '02:00' }], closedOnHolidays: false }
    expect(openSpans(hours)).toEqual([{ k: 'd5', s: 1200, e: 1560 }])
    expect(isOpenBySpans(hours, at('2026-03-14 01:00'), NO_HOLIDAYS)).toBe(true)
    expect(isOpenBySpans(hours, at('2026-03-13 01:00'), NO_HOLIDAYS)).toBe(false)
  })

  it('closes a calendar-following station on National Day and opens it on a 调休 Saturday', () => {
    expect(isOpenBySpans(officeHours(true), at('2026-10-01 10:00'))).toBe(false)
    expect(isOpenBySpans(officeHours(true), at('2026-10-10 10:00'))).toBe(true)
    expect(isOpenBySpans(officeHours(false), at('2026-10-01 10:00'))).toBe(true)
    expect(isOpenBySpans(officeHours(false), at('2026-10-10 10:00'))).toBe(false)
  })

  it('marks exception dates so the query keeps such stations for a re-check', () => {
    const hours: OpeningHours = { ...officeHours(false), exceptions: [{ date: '2026-03-14', ranges: [{ open: '09:00', close: '12:00' }] }] }
    const spans = openSpans(hours)
    expect(hasExceptionSpans(spans)).toBe(true)
    expect(isOpenBySpans(hours, at('2026-03-14 10:00'), NO_HOLIDAYS)).toBe(true)
    expect(hasExceptionSpans(openSpans(officeHours(false)))).toBe(false)
  })
})

const clockTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45, 59))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`)

const weeklyHours = fc.record({
  kind: fc.constant('weekly' as const),
  ranges: fc.array(fc.record({ days: fc.subarray([...WEEKDAYS], { minLength: 1 }), open: clockTime, close: clockTime }), {
    minLength: 1,
    maxLength: 4,
  }),
  closedOnHolidays: fc.boolean(),
})

const instantIn2025And2026 = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 31) })

describe('the database rule against opening status', () => {
  it('finds a station open exactly when its opening status says it is open', () => {
    fc.assert(
      fc.property(weeklyHours, instantIn2025And2026, (hours, ms) => {
        const now = new Date(ms)
        expect(isOpenBySpans(hours, now)).toBe(openingStatus(hours, now, CHINA_HOLIDAY_CALENDAR).state !== 'closed')
      }),
      { numRuns: 1000 },
    )
  })

  it('never misses a station that an exception opens, whatever its weekly hours', () => {
    fc.assert(
      fc.property(weeklyHours, instantIn2025And2026, clockTime, clockTime, (hours, ms, open, close) => {
        const now = new Date(ms)
        const today = new Date(ms + 8 * 3600_000).toISOString().slice(0, 10)
        const withException: OpeningHours = { ...hours, exceptions: [{ date: today, ranges: [{ open, close }] }] }
        if (openingStatus(withException, now, CHINA_HOLIDAY_CALENDAR).state !== 'closed') expect(isOpenBySpans(withException, now)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
