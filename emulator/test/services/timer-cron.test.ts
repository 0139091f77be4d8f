import { afterEach, describe, expect, it } from 'vitest'
import { nextFireTime } from '../../src/functions/timers/next-fire-time'
import { CronSyntaxError, parseCron } from '../../src/functions/timers/parse-cron'
import { shanghai } from './manual-clock'

function next(expression: string, afterShanghai: string): string | null {
  const at = nextFireTime(parseCron(expression), shanghai(afterShanghai))
  if (at === null) return null
  // Render the answer back on Shanghai clocks, independent of the machine's TZ.
  return new Date(at + 8 * 3600_000).toISOString().replace('T', ' ').replace('.000Z', '')
}

describe('timer cron: next fire time, on Asia/Shanghai clocks', () => {
  const originalTz = process.env.TZ
  afterEach(() => {
    process.env.TZ = originalTz
  })

  it('fires a daily midnight trigger at Shanghai midnight, which is 16:00 UTC the day before', () => {
    expect(next('0 0 0 * * * *', '2024-01-01 12:00:00')).toBe('2024-01-02 00:00:00')
    expect(nextFireTime(parseCron('0 0 0 * * * *'), shanghai('2024-01-01 12:00:00'))).toBe(Date.UTC(2024, 0, 1, 16, 0, 0))
  })

  it('computes the same instants whatever the machine time zone is', () => {
    const schedule = parseCron('0 30 8 * * MON-FRI *')
    const after = shanghai('2024-03-08 09:00:00')
    const answers = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Chatham'].map(zone => {
      process.env.TZ = zone
      return nextFireTime(schedule, after)
    })
    expect(new Set(answers).size).toBe(1)
    expect(answers[0]).toBe(shanghai('2024-03-11 08:30:00'))
  })

  it('answers strictly after the given instant', () => {
    expect(next('0 0 0 * * * *', '2024-01-02 00:00:00')).toBe('2024-01-03 00:00:00')
    expect(next('* * * * * * *', '2024-01-02 00:00:00.400')).toBe('2024-01-02 00:00:01')
  })

  it('handles steps from a wildcard and from a start value', () => {
    expect(next('*/15 * * * * * *', '2024-01-01 10:00:07')).toBe('2024-01-01 10:00:15')
    expect(next('*/15 * * * * * *', '2024-01-01 10:00:45')).toBe('2024-01-01 10:01:00')
    expect(next('5/20 * * * * * *', '2024-01-01 10:00:25')).toBe('2024-01-01 10:00:45')
    expect(next('5/20 * * * * * *', '2024-01-01 10:00:45')).toBe('2024-01-01 10:01:05')
    expect(next('0 1/10 * * * * *', '2024-01-01 10:01:00')).toBe('2024-01-01 10:11:00')
  })

  it('handles lists, ranges and stepped ranges', () => {
    expect(next('0 0 10,14,16 * * * *', '2024-01-01 14:00:00')).toBe('2024-01-01 16:00:00')
    expect(next('0 0 10,14,16 * * * *', '2024-01-01 16:00:00')).toBe('2024-01-02 10:00:00')
    expect(next('0 */30 9-17 * * * *', '2024-01-01 17:30:00')).toBe('2024-01-02 09:00:00')
    expect(next('0 0 8-20/6 * * * *', '2024-01-01 08:00:00')).toBe('2024-01-01 14:00:00')
    expect(next('0 0 0 1-3,15 * * *', '2024-01-03 00:00:00')).toBe('2024-01-15 00:00:00')
  })

  it('treats week 0 as Sunday and accepts weekday names', () => {
    expect(next('0 0 8 * * 0 *', '2024-01-05 12:00:00')).toBe('2024-01-07 08:00:00')
    expect(next('0 0 8 * * SUN *', '2024-01-05 12:00:00')).toBe('2024-01-07 08:00:00')
    expect(next('0 15 10 * * MON-FRI *', '2024-01-05 11:00:00')).toBe('2024-01-08 10:15:00')
    expect(next('0 0 12 * * WED *', '2024-01-01 00:00:00')).toBe('2024-01-03 12:00:00')
    expect(next('0 0 12 * * sat,6 *', '2024-01-01 00:00:00')).toBe('2024-01-06 12:00:00')
  })

  it('fires when either day or week matches if both are restricted', () => {
    expect(next('0 0 0 1 * MON *', '2024-01-02 00:00:00')).toBe('2024-01-08 00:00:00')
    expect(next('0 0 0 1 * MON *', '2024-01-29 00:00:01')).toBe('2024-02-01 00:00:00')
  })

  it('accepts ? as "any" in the day and week fields', () => {
    expect(next('0 0 6 ? * SUN *', '2024-01-01 00:00:00')).toBe('2024-01-07 06:00:00')
    expect(next('0 0 6 15 * ? *', '2024-01-01 00:00:00')).toBe('2024-01-15 06:00:00')
  })

  it('skips months too short for the day', () => {
    expect(next('0 0 0 31 * * *', '2024-01-31 00:00:00')).toBe('2024-03-31 00:00:00')
    expect(next('0 0 0 31 * * *', '2024-03-31 00:00:00')).toBe('2024-05-31 00:00:00')
    expect(next('0 0 12 29 2 * *', '2024-03-01 00:00:00')).toBe('2028-02-29 12:00:00')
  })

  it('accepts month names and crosses year ends', () => {
    expect(next('0 0 0 1 JAN,JUL * *', '2024-02-01 00:00:00')).toBe('2024-07-01 00:00:00')
    expect(next('0 0 0 1 1 * *', '2024-12-31 23:59:59')).toBe('2025-01-01 00:00:00')
    expect(next('59 59 23 31 12 * *', '2024-12-31 23:59:58')).toBe('2024-12-31 23:59:59')
  })

  it('honours the year field and stops after the last year', () => {
    expect(next('0 0 0 1 1 * 2030', '2024-06-01 00:00:00')).toBe('2030-01-01 00:00:00')
    expect(next('0 0 0 1 1 * 2030', '2030-01-01 00:00:00')).toBeNull()
    expect(next('0 0 9 1 * * 2025-2026', '2026-12-01 09:00:00')).toBeNull()
    expect(next('0 0 9 1 * * 2025-2026', '2025-12-01 09:00:00')).toBe('2026-01-01 09:00:00')
  })

  it('never fires a schedule that names a date that does not exist', () => {
    expect(next('0 0 0 30 2 * *', '2024-01-01 00:00:00')).toBeNull()
  })

  it.each([
    ['0 0 0 * * *', /expected 7 fields/],
    ['60 * * * * * *', /second 60 is outside 0-59/],
    ['0 0 24 * * * *', /hour 24 is outside 0-23/],
    ['0 0 0 0 * * *', /day 0 is outside 1-31/],
    ['0 0 0 * 13 * *', /month 13 is outside 1-12/],
    ['0 0 0 * * 7 *', /week 7 is outside 0-6/],
    ['0 0 0 * * * 2100', /year 2100 is outside 1970-2099/],
    ['0 0 0 L * * *', /L, W and # are not part of CloudBase/],
    ['0 0 0 * * MON#2 *', /L, W and # are not part of CloudBase/],
    ['0 0 ? * * * *', /"\?" is only allowed in the day and week fields/],
    ['0 0 17-9 * * * *', /runs backwards/],
    ['*/0 * * * * * *', /must be a positive integer/],
    ['0 0 0 * FOO * *', /"FOO" is not a valid month/],
    ['0 0 1,,2 * * * *', /empty list item/],
  ])('refuses %s', (expression, message) => {
    expect(() => parseCron(expression)).toThrow(CronSyntaxError)
    expect(() => parseCron(expression)).toThrow(message)
  })
})
