import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { weekdayOfDateKey } from '../time/shanghai-time'
import {
  buildHolidayCalendar,
  calendarCovers,
  CHINA_HOLIDAY_CALENDAR,
  CHINA_HOLIDAY_PERIODS,
  holidayPeriodSchema,
} from './holiday-calendar'

const inYear = (dates: ReadonlySet<string>, year: number) => [...dates].filter((date) => date.startsWith(`${year}-`)).sort()

describe('China’s holiday calendar', () => {
  it('holds 28 days off and 5 make-up working days for 2025', () => {
    expect(inYear(CHINA_HOLIDAY_CALENDAR.holidays, 2025)).toHaveLength(28)
    expect(inYear(CHINA_HOLIDAY_CALENDAR.workdays, 2025)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'])
  })

  it('holds 33 days off and 6 make-up working days for 2026', () => {
    expect(inYear(CHINA_HOLIDAY_CALENDAR.holidays, 2026)).toHaveLength(33)
    expect(inYear(CHINA_HOLIDAY_CALENDAR.workdays, 2026)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ])
  })

  it('has every make-up working day on a weekend, as 调休 requires', () => {
    for (const day of CHINA_HOLIDAY_CALENDAR.workdays) expect([6, 7]).toContain(weekdayOfDateKey(day))
  })

  it('starts and ends each period on the weekday the State Council notice prints', () => {
    const printed: Record<string, [number, number]> = {
      '2025 元旦': [3, 3],
      '2025 春节': [2, 2],
      '2025 清明节': [5, 7],
      '2025 劳动节': [4, 1],
      '2025 端午节': [6, 1],
      '2025 国庆节、中秋节': [3, 3],
      '2026 元旦': [4, 6],
      '2026 春节': [7, 1],
      '2026 清明节': [6, 1],
      '2026 劳动节': [5, 2],
      '2026 端午节': [5, 7],
      '2026 中秋节': [5, 7],
      '2026 国庆节': [4, 3],
    }
    for (const period of CHINA_HOLIDAY_PERIODS) {
      const expected = printed[`${period.year} ${period.name}`]
      expect([weekdayOfDateKey(period.from), weekdayOfDateKey(period.to)], `${period.year} ${period.name}`).toEqual(expected)
    }
  })

  it('is valid data by its own schema', () => {
    for (const period of CHINA_HOLIDAY_PERIODS) expect(v.is(holidayPeriodSchema, period)).toBe(true)
  })

  it('covers 2025 and 2026 and says it does not cover 2027', () => {
    expect(calendarCovers(CHINA_HOLIDAY_CALENDAR, '2026-10-01')).toBe(true)
    expect(calendarCovers(CHINA_HOLIDAY_CALENDAR, '2025-01-01')).toBe(true)
    expect(calendarCovers(CHINA_HOLIDAY_CALENDAR, '2027-02-06')).toBe(false)
  })

  it('knows a weekday inside a break is a day off and an ordinary weekday is not', () => {
    expect(CHINA_HOLIDAY_CALENDAR.holidays.has('2026-02-18')).toBe(true)
    expect(CHINA_HOLIDAY_CALENDAR.holidays.has('2026-02-24')).toBe(false)
  })
})

describe('building a calendar from data', () => {
  it('expands each period day by day, including its weekend', () => {
    const calendar = buildHolidayCalendar([{ year: 2030, name: '测试', from: '2030-04-05', to: '2030-04-07', workdays: ['2030-04-13'] }])
    expect([...calendar.holidays]).toEqual(['2030-04-05', '2030-04-06', '2030-04-07'])
    expect([...calendar.workdays]).toEqual(['2030-04-13'])
    expect([...calendar.years]).toEqual([2030])
  })

  it('refuses a day that is both off and a working day', () => {
    expect(() =>
      buildHolidayCalendar([{ year: 2030, name: '测试', from: '2030-04-05', to: '2030-04-07', workdays: ['2030-04-06'] }]),
    ).toThrow(RangeError)
  })

  it('refuses a period that ends before it starts', () => {
    expect(() => buildHolidayCalendar([{ year: 2030, name: '测试', from: '2030-04-07', to: '2030-04-05', workdays: [] }])).toThrow(RangeError)
    expect(v.is(holidayPeriodSchema, { year: 2030, name: '测试', from: '2030-04-07', to: '2030-04-05', workdays: [] })).toBe(false)
  })
})
