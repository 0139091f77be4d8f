import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  isDateKey,
  shanghaiDateKey,
  shanghaiInstant,
  shanghaiParts,
  weekdayOfDateKey,
} from './shanghai-time'

describe('Shanghai wall-clock parts', () => {
  it('reads a UTC instant eight hours ahead', () => {
    expect(shanghaiParts(new Date('2026-01-01T00:00:00Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 1,
      hour: 8,
      minute: 0,
      weekday: 4,
      dateKey: '2026-01-01',
      minuteOfDay: 480,
    })
  })

  it('turns the date at Shanghai midnight, which is 16:00 UTC the day before', () => {
    expect(shanghaiParts(new Date('2025-12-31T15:59:00Z')).dateKey).toBe('2025-12-31')
    expect(shanghaiParts(new Date('2025-12-31T15:59:00Z')).minuteOfDay).toBe(1439)
    expect(shanghaiParts(new Date('2025-12-31T16:00:00Z')).dateKey).toBe('2026-01-01')
    expect(shanghaiParts(new Date('2025-12-31T16:00:00Z')).minuteOfDay).toBe(0)
  })

  it('counts Sunday as 7 and Monday as 1', () => {
    expect(shanghaiParts(new Date('2026-03-01T12:00:00+08:00')).weekday).toBe(7)
    expect(shanghaiParts(new Date('2026-03-02T00:00:00+08:00')).weekday).toBe(1)
  })

  it('accepts epoch milliseconds as well as Dates', () => {
    expect(shanghaiDateKey(Date.UTC(2026, 9, 1, 0, 0))).toBe('2026-10-01')
  })

  it('refuses an invalid Date', () => {
    expect(() => shanghaiParts(new Date('not a date'))).toThrow(RangeError)
  })

  it('gives the same answer whatever the host time zone, across DST changes elsewhere', () => {
    const saved = process.env.TZ
    const instants = ['2026-03-08T07:30:00Z', '2026-11-01T06:30:00Z', '2026-03-29T01:30:00Z'].map((iso) => new Date(iso))
    const expected = instants.map((instant) => shanghaiParts(instant))
    try {
      for (const zone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'UTC', 'Asia/Kolkata']) {
        process.env.TZ = zone
        expect(instants.map((instant) => shanghaiParts(instant))).toEqual(expected)
        expect(shanghaiInstant('2026-03-08', 150).toISOString()).toBe('2026-03-07T18:30:00.000Z')
      }
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })
})

describe('the instant of a Shanghai wall-clock time', () => {
  it('is eight hours before the same reading in UTC', () => {
    expect(shanghaiInstant('2026-03-08', 0).toISOString()).toBe('2026-03-07T16:00:00.000Z')
    expect(shanghaiInstant('2026-03-08', 8 * 60 + 30).toISOString()).toBe('2026-03-08T00:30:00.000Z')
  })

  it('rolls minutes past the end of the day into the next day', () => {
    expect(shanghaiInstant('2026-12-31', 1440).toISOString()).toBe(shanghaiInstant('2027-01-01', 0).toISOString())
    expect(shanghaiInstant('2026-03-13', 1560).toISOString()).toBe('2026-03-13T18:00:00.000Z')
  })

  it('round-trips with the wall-clock parts of any instant, to the minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const parts = shanghaiParts(ms)
        expect(shanghaiInstant(parts.dateKey, parts.minuteOfDay).getTime()).toBe(ms - (ms % 60_000))
      }),
    )
  })

  it('refuses a malformed date or a fractional minute', () => {
    expect(() => shanghaiInstant('2026-02-30', 0)).toThrow(RangeError)
    expect(() => shanghaiInstant('2026-03-08', 1.5)).toThrow(RangeError)
  })
})

describe('date keys', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-03-01', 0)).toBe('2026-03-01')
  })

  it('counts whole days between two dates', () => {
    expect(daysBetween('2026-02-15', '2026-02-23')).toBe(8)
    expect(daysBetween('2026-02-23', '2026-02-15')).toBe(-8)
  })

  it('agrees with addDays for any date and offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -800, max: 800 }), (start, offset) => {
        const from = addDays('2000-01-01', start)
        expect(daysBetween(from, addDays(from, offset))).toBe(offset)
      }),
    )
  })

  it('knows the weekday of a date, as the holiday notices print them', () => {
    expect(weekdayOfDateKey('2026-02-15')).toBe(7)
    expect(weekdayOfDateKey('2026-02-23')).toBe(1)
    expect(weekdayOfDateKey('2025-01-28')).toBe(2)
    expect(weekdayOfDateKey('2026-10-01')).toBe(4)
  })

  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isDateKey('2028-02-29')).toBe(true)
    expect(isDateKey('2026-02-29')).toBe(false)
    expect(isDateKey('2026-04-31')).toBe(false)
    expect(isDateKey('2026-4-3')).toBe(false)
    expect(isDateKey('2026-13-01')).toBe(false)
    expect(isDateKey('0026-01-01')).toBe(false)
  })
})
