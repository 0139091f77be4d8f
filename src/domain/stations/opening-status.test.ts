import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clockTimeToMinutes } from '../time/clock-time'
import { addDays, shanghaiInstantMs, shanghaiParts, WEEKDAYS, type Weekday } from '../time/shanghai-time'
import { CHINA_HOLIDAY_CALENDAR, NO_HOLIDAYS, type HolidayCalendar } from './holiday-calendar'
import { openingStatus, type OpeningHours, type WeeklyOpeningHours } from './opening-hours'
import { rangeLengthMinutes, rangesStartingOn } from './opening-intervals'

/** A Shanghai wall-clock reading as an instant: `at('2026-03-13 19:00')`. */
const at = (wallClock: string): Date => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`)

const WORKDAYS: Weekday[] = [1, 2, 3, 4, 5]

const officeHours = (closedOnHolidays: boolean): WeeklyOpeningHours => ({
  kind: 'weekly',
  ranges: [{ days: WORKDAYS, open: '08:00', close: '18:00' }],
  closedOnHolidays,
})

const fridayNight: WeeklyOpeningHours = {
  kind: 'weekly',
  ranges: [{ days: [5], open: '20:00', close: '02:00' }],
  closedOnHolidays: false,
}

describe('open now', () => {
  it('is always open when the station is open 24 hours, with no closing time', () => {
    expect(openingStatus({ kind: 'always' }, at('2026-10-01 03:00'), CHINA_HOLIDAY_CALENDAR)).toEqual({ state: 'open', label: '营业中' })
  })

  it('is open inside a range and says when it closes', () => {
    expect(openingStatus(officeHours(false), at('2026-03-09 12:00'), NO_HOLIDAYS)).toEqual({
      state: 'open',
      label: '营业中',
      closesAt: '18:00',
    })
  })

  it('is 休息中 (not 已关闭, which reads as shut for good) before opening, and says it opens today', () => {
    expect(openingStatus(officeHours(false), at('2026-03-09 07:00'), NO_HOLIDAYS)).toEqual({
      state: 'closed',
      label: '休息中',
      opensNext: { dateKey: '2026-03-09', time: '08:00', label: '今天 08:00 开门' },
    })
  })

  it('opens at the opening minute and closes at the closing minute', () => {
    expect(openingStatus(officeHours(false), at('2026-03-09 08:00'), NO_HOLIDAYS).state).toBe('open')
    expect(openingStatus(officeHours(false), at('2026-03-09 18:00'), NO_HOLIDAYS)).toEqual({
      state: 'closed',
      label: '今日已关门',
      opensNext: { dateKey: '2026-03-10', time: '08:00', label: '明天 08:00 开门' },
    })
  })

  it('after Friday closing, opens next on Monday, named by weekday', () => {
    expect(openingStatus(officeHours(false), at('2026-03-13 18:30'), NO_HOLIDAYS)).toMatchObject({
      opensNext: { dateKey: '2026-03-16', time: '08:00', label: '周一 08:00 开门' },
    })
    expect(openingStatus(officeHours(false), at('2026-03-14 09:00'), NO_HOLIDAYS)).toMatchObject({
      opensNext: { label: '后天 08:00 开门' },
    })
  })
})

describe('closing soon', () => {
  it('is 即将关闭 exactly 30 minutes before closing', () => {
    expect(openingStatus(officeHours(false), at('2026-03-09 17:30'), NO_HOLIDAYS)).toEqual({
      state: 'closing-soon',
      label: '即将关闭',
      closesAt: '18:00',
    })
  })

  it('is still 营业中 a moment more than 30 minutes before closing', () => {
    const justBefore = new Date(at('2026-03-09 17:30').getTime() - 1)
    expect(openingStatus(officeHours(false), justBefore, NO_HOLIDAYS).state).toBe('open')
    expect(openingStatus(officeHours(false), at('2026-03-09 17:29'), NO_HOLIDAYS).state).toBe('open')
  })

  it('stays 即将关闭 to the last minute', () => {
    expect(openingStatus(officeHours(false), at('2026-03-09 17:59'), NO_HOLIDAYS).state).toBe('closing-soon')
  })

  it('says a range ending at midnight closes at 24:00', () => {
    const hours: OpeningHours = { kind: 'weekly', ranges: [{ days: [1], open: '18:00', close: '00:00' }], closedOnHolidays: false }
    expect(openingStatus(hours, at('2026-03-09 23:45'), NO_HOLIDAYS)).toEqual({ state: 'closing-soon', label: '即将关闭', closesAt: '24:00' })
  })
})

describe('ranges past midnight', () => {
  it('keeps a Friday 20:00–02:00 range open at 01:00 on Saturday', () => {
    expect(openingStatus(fridayNight, at('2026-03-14 01:00'), NO_HOLIDAYS)).toEqual({ state: 'open', label: '营业中', closesAt: '02:00' })
  })

  it('is open late on Friday evening, closing at 02:00', () => {
    expect(openingStatus(fridayNight, at('2026-03-13 23:00'), NO_HOLIDAYS)).toEqual({ state: 'open', label: '营业中', closesAt: '02:00' })
  })

  it('is closing soon at 01:30 on Saturday and closed at 02:00', () => {
    expect(openingStatus(fridayNight, at('2026-03-14 01:30'), NO_HOLIDAYS).state).toBe('closing-soon')
    expect(openingStatus(fridayNight, at('2026-03-14 02:00'), NO_HOLIDAYS)).toEqual({
      state: 'closed',
      label: '今日已关门',
      opensNext: { dateKey: '2026-03-20', time: '20:00', label: '周五 20:00 开门' },
    })
  })

  it('does not open on Friday after midnight, because the range belongs to the day it opens', () => {
    expect(openingStatus(fridayNight, at('2026-03-13 01:00'), NO_HOLIDAYS).state).toBe('closed')
  })

  it('joins back-to-back ranges across midnight into one opening', () => {
    const hours: OpeningHours = {
      kind: 'weekly',
      ranges: [
        { days: [1], open: '20:00', close: '00:00' },
        { days: [2], open: '00:00', close: '06:00' },
      ],
      closedOnHolidays: false,
    }
    expect(openingStatus(hours, at('2026-03-09 23:45'), NO_HOLIDAYS)).toEqual({ state: 'open', label: '营业中', closesAt: '06:00' })
  })

  it('treats 00:00–00:00 as the whole day and closes at the end of the last such day', () => {
    const weekdays24: OpeningHours = { kind: 'weekly', ranges: [{ days: WORKDAYS, open: '00:00', close: '00:00' }], closedOnHolidays: false }
    expect(openingStatus(weekdays24, at('2026-03-10 03:00'), NO_HOLIDAYS)).toEqual({ state: 'open', label: '营业中', closesAt: '24:00' })
    expect(openingStatus(weekdays24, at('2026-03-13 23:30'), NO_HOLIDAYS).state).toBe('closing-soon')
  })

  it('has no closing time for a weekly timetable that is open around the clock', () => {
    const everyDay24: OpeningHours = { kind: 'weekly', ranges: [{ days: [...WEEKDAYS], open: '00:00', close: '00:00' }], closedOnHolidays: false }
    expect(openingStatus(everyDay24, at('2026-03-10 03:00'), NO_HOLIDAYS)).toEqual({ state: 'open', label: '营业中' })
  })
})

describe('two ranges a day', () => {
  const lunchBreak: OpeningHours = {
    kind: 'weekly',
    ranges: [
      { days: WORKDAYS, open: '08:00', close: '12:00' },
      { days: WORKDAYS, open: '14:00', close: '18:00' },
    ],
    closedOnHolidays: false,
  }

  it('is closing soon before lunch', () => {
    expect(openingStatus(lunchBreak, at('2026-03-09 11:45'), NO_HOLIDAYS)).toEqual({ state: 'closing-soon', label: '即将关闭', closesAt: '12:00' })
  })

  it('is closed over lunch and opens again today', () => {
    expect(openingStatus(lunchBreak, at('2026-03-09 12:30'), NO_HOLIDAYS)).toMatchObject({
      state: 'closed',
      opensNext: { dateKey: '2026-03-09', time: '14:00', label: '今天 14:00 开门' },
    })
  })

  it('is open in the afternoon range', () => {
    expect(openingStatus(lunchBreak, at('2026-03-09 15:00'), NO_HOLIDAYS)).toEqual({ state: 'open', label: '营业中', closesAt: '18:00' })
  })
})

describe('statutory holidays and 调休', () => {
  it('is closed on National Day for a station that rests on holidays, opening after the break', () => {
    expect(openingStatus(officeHours(true), at('2026-10-01 10:00'), CHINA_HOLIDAY_CALENDAR)).toEqual({
      state: 'closed',
      label: '今日已关门',
      opensNext: { dateKey: '2026-10-08', time: '08:00', label: '10月8日 08:00 开门' },
    })
  })

  it('stays open on holidays for a station that does not rest on them', () => {
    expect(openingStatus(officeHours(false), at('2026-10-01 10:00'), CHINA_HOLIDAY_CALENDAR).state).toBe('open')
  })

  it('opens on a 调休 Saturday with working-day hours', () => {
    expect(openingStatus(officeHours(true), at('2026-10-10 10:00'), CHINA_HOLIDAY_CALENDAR)).toEqual({
      state: 'open',
      label: '营业中',
      closesAt: '18:00',
    })
    expect(openingStatus(officeHours(true), at('2026-09-20 17:45'), CHINA_HOLIDAY_CALENDAR).state).toBe('closing-soon')
  })

  it('ignores 调休 for a station that keeps its own week', () => {
    expect(openingStatus(officeHours(false), at('2026-10-10 10:00'), CHINA_HOLIDAY_CALENDAR).state).toBe('closed')
  })

  it('uses the first working weekday with hours on a 调休 day', () => {
    const hours: OpeningHours = {
      kind: 'weekly',
      ranges: [
        { days: [2, 3, 4, 5], open: '09:00', close: '17:00' },
        { days: [6], open: '10:00', close: '12:00' },
      ],
      closedOnHolidays: true,
    }
    expect(rangesStartingOn(hours, '2026-10-10', CHINA_HOLIDAY_CALENDAR)).toEqual([{ days: [2, 3, 4, 5], open: '09:00', close: '17:00' }])
  })

  it('before the Spring Festival break, opens next on the 调休 Saturday', () => {
    expect(openingStatus(officeHours(true), at('2026-02-13 19:00'), CHINA_HOLIDAY_CALENDAR)).toMatchObject({
      opensNext: { dateKey: '2026-02-14', label: '明天 08:00 开门' },
    })
    expect(openingStatus(officeHours(true), at('2026-02-14 19:00'), CHINA_HOLIDAY_CALENDAR)).toMatchObject({
      opensNext: { dateKey: '2026-02-24', label: '2月24日 08:00 开门' },
    })
  })

  it('does not run a night range that would start on a holiday', () => {
    const hours: OpeningHours = { ...fridayNight, closedOnHolidays: true }
    // 2026-09-25 is a Friday inside the 中秋节 break.
    expect(openingStatus(hours, at('2026-09-25 21:00'), CHINA_HOLIDAY_CALENDAR).state).toBe('closed')
    expect(openingStatus(hours, at('2026-09-26 01:00'), CHINA_HOLIDAY_CALENDAR).state).toBe('closed')
  })

  it('finishes a night range that started on a working day even when the next day is a holiday', () => {
    const hours: OpeningHours = { kind: 'weekly', ranges: [{ days: [4], open: '20:00', close: '02:00' }], closedOnHolidays: true }
    expect(openingStatus(hours, at('2026-09-25 01:00'), CHINA_HOLIDAY_CALENDAR)).toEqual({ state: 'open', label: '营业中', closesAt: '02:00' })
  })
})

describe('exceptions and staff closures', () => {
  it('is closed on a date staff closed, and opens the next day', () => {
    const hours: OpeningHours = { ...officeHours(false), exceptions: [{ date: '2026-03-10', closed: true }] }
    expect(openingStatus(hours, at('2026-03-10 10:00'), NO_HOLIDAYS)).toMatchObject({
      state: 'closed',
      opensNext: { dateKey: '2026-03-11', label: '明天 08:00 开门' },
    })
  })

  it('uses special hours on an exception date, even on a holiday', () => {
    const hours: OpeningHours = { ...officeHours(true), exceptions: [{ date: '2026-10-01', ranges: [{ open: '09:00', close: '12:00' }] }] }
    expect(openingStatus(hours, at('2026-10-01 10:00'), CHINA_HOLIDAY_CALENDAR)).toEqual({ state: 'open', label: '营业中', closesAt: '12:00' })
    expect(openingStatus(hours, at('2026-10-01 12:00'), CHINA_HOLIDAY_CALENDAR).state).toBe('closed')
  })

  it('is 暂停开放, the staff screens’ word, whatever its hours when staff suspended the station', () => {
    expect(openingStatus({ kind: 'always' }, at('2026-03-09 12:00'), NO_HOLIDAYS, { status: 'closed' })).toEqual({
      state: 'closed',
      label: '暂停开放',
      suspended: true,
    })
    expect(openingStatus(officeHours(false), at('2026-03-09 12:00'), NO_HOLIDAYS, { status: 'closed' }).state).toBe('closed')
  })

  it('gives no next opening when the station does not open within the look-ahead', () => {
    const longClosure: HolidayCalendar = {
      holidays: new Set(Array.from({ length: 40 }, (_, offset) => addDays('2026-03-01', offset))),
      workdays: new Set(),
      years: new Set([2026]),
    }
    expect(openingStatus(officeHours(true), at('2026-03-09 10:00'), longClosure)).toEqual({ state: 'closed', label: '今日已关门' })
  })
})

/** Open if some range starting yesterday or today covers the instant: the rule, minute by minute. */
function naiveIsOpen(hours: OpeningHours, nowMs: number, calendar: HolidayCalendar): boolean {
  if (hours.kind === 'always') return true
  const today = shanghaiParts(nowMs).dateKey
  return [addDays(today, -1), today].some((day) =>
    rangesStartingOn(hours, day, calendar).some((range) => {
      const start = shanghaiInstantMs(day, clockTimeToMinutes(range.open))
      return start <= nowMs && nowMs < start + rangeLengthMinutes(range) * 60_000
    }),
  )
}

const clockTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45, 59))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`)

const weeklyHours = fc.record({
  kind: fc.constant('weekly' as const),
  ranges: fc.array(
    fc.record({ days: fc.subarray([...WEEKDAYS], { minLength: 1 }), open: clockTime, close: clockTime }),
    { minLength: 1, maxLength: 4 },
  ),
  closedOnHolidays: fc.boolean(),
})

const instantIn2025And2026 = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 31) })

describe('opening status against the plain rule', () => {
  it('is open or closing soon exactly when some range covers the instant', () => {
    fc.assert(
      fc.property(weeklyHours, instantIn2025And2026, (hours, ms) => {
        const status = openingStatus(hours, new Date(ms), CHINA_HOLIDAY_CALENDAR)
        expect(status.state !== 'closed').toBe(naiveIsOpen(hours, ms, CHINA_HOLIDAY_CALENDAR))
      }),
      { numRuns: 500 },
    )
  })

  it('says it opens next at a minute when it is indeed open, and closed the minute before', () => {
    fc.assert(
      fc.property(weeklyHours, instantIn2025And2026, (hours, ms) => {
        const status = openingStatus(hours, new Date(ms), CHINA_HOLIDAY_CALENDAR)
        if (status.state !== 'closed' || status.opensNext === undefined) return
        const opensMs = shanghaiInstantMs(status.opensNext.dateKey, clockTimeToMinutes(status.opensNext.time))
        expect(opensMs).toBeGreaterThan(ms)
        expect(naiveIsOpen(hours, opensMs, CHINA_HOLIDAY_CALENDAR)).toBe(true)
        expect(naiveIsOpen(hours, opensMs - 60_000, CHINA_HOLIDAY_CALENDAR)).toBe(false)
      }),
      { numRuns: 300 },
    )
  })
})
