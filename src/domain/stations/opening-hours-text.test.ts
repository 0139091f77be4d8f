import * as fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { WEEKDAYS } from '../time/shanghai-time'
import { CHINA_HOLIDAY_CALENDAR } from './holiday-calendar'
import { describeOpeningHours, openingHoursSchema, openingStatus, type OpeningHours } from './opening-hours'
import { parseOpeningHoursText } from './opening-hours-text'

const parsed = (text: string): OpeningHours => {
  const result = parseOpeningHoursText(text)
  if (!result.ok) throw new Error(`expected "${text}" to parse, got: ${result.reason}`)
  return result.hours
}

const reasonFor = (text: string): string => {
  const result = parseOpeningHoursText(text)
  if (result.ok) throw new Error(`expected "${text}" to be refused`)
  return result.reason
}

describe('reading opening hours from an import', () => {
  it.each(['24小时', '全天', '24 小时', '全天候开放', '２４小时', '每天 0:00-24:00', '周一至周日 00:00-24:00'])('reads %s as always open', (text) => {
    expect(parsed(text)).toEqual({ kind: 'always' })
  })

  it('reads weekdays and a Saturday morning', () => {
    expect(parsed('周一至周五 8:00-18:00；周六 9:00-12:00')).toEqual({
      kind: 'weekly',
      ranges: [
        { days: [1, 2, 3, 4, 5], open: '08:00', close: '18:00' },
        { days: [6], open: '09:00', close: '12:00' },
      ],
      closedOnHolidays: false,
    })
  })

  it('reads 每天 as every day', () => {
    expect(parsed('每天 07:00-21:00')).toEqual({
      kind: 'weekly',
      ranges: [{ days: [...WEEKDAYS], open: '07:00', close: '21:00' }],
      closedOnHolidays: false,
    })
  })

  it('reads two ranges without days as every day with a lunch break', () => {
    expect(parsed('08:00-12:00,14:00-18:00')).toEqual({
      kind: 'weekly',
      ranges: [
        { days: [...WEEKDAYS], open: '08:00', close: '12:00' },
        { days: [...WEEKDAYS], open: '14:00', close: '18:00' },
      ],
      closedOnHolidays: false,
    })
  })

  it('reads 节假日休息 as following the holiday calendar', () => {
    expect(parsed('周一至周五 8:00-17:30，节假日休息')).toMatchObject({ kind: 'weekly', closedOnHolidays: true })
    expect(parsed('24小时（法定节假日休息）')).toEqual({
      kind: 'weekly',
      ranges: [{ days: [...WEEKDAYS], open: '00:00', close: '00:00' }],
      closedOnHolidays: true,
    })
  })

  it('reads full-width digits, colons, dashes and semicolons', () => {
    expect(parsed('周一至周五　８：００－１８：００；周六　９：００～１２：００')).toEqual(parsed('周一至周五 8:00-18:00;周六 9:00-12:00'))
  })

  it('reads 星期, 工作日, 周末 and lists of days', () => {
    expect(parsed('星期一至星期五 8:00-18:00')).toEqual(parsed('周一至周五 8:00-18:00'))
    expect(parsed('工作日 8:00-18:00')).toEqual(parsed('周一至周五 8:00-18:00'))
    expect(parsed('周末 9:00-17:00')).toEqual(parsed('周六、周日 9:00-17:00'))
    expect(parsed('周一、周三、周五 9:00-17:00')).toMatchObject({ ranges: [{ days: [1, 3, 5] }] })
  })

  it('reads ranges past midnight, with or without 次日', () => {
    const expected = { kind: 'weekly', ranges: [{ days: [5], open: '20:00', close: '02:00' }], closedOnHolidays: false }
    expect(parsed('周五 20:00-次日02:00')).toEqual(expected)
    expect(parsed('周五 20:00-02:00')).toEqual(expected)
  })

  it('reads 点, 点半 and afternoon times', () => {
    expect(parsed('8点半-12点')).toMatchObject({ ranges: [{ open: '08:30', close: '12:00' }] })
    expect(parsed('上午8:00-12:00，下午2:00-6:00')).toMatchObject({
      ranges: [
        { open: '08:00', close: '12:00' },
        { open: '14:00', close: '18:00' },
      ],
    })
    expect(parsed('下午2点-6点')).toMatchObject({ ranges: [{ open: '14:00', close: '18:00' }] })
    expect(parsed('晚上8点-2点')).toMatchObject({ ranges: [{ open: '20:00', close: '02:00' }] })
    expect(parsed('晚上8点-凌晨2点')).toMatchObject({ ranges: [{ open: '20:00', close: '02:00' }] })
  })

  it('reads days marked 休息 as closed', () => {
    expect(parsed('周一至周五 8:00-18:00，周末休息')).toEqual(parsed('周一至周五 8:00-18:00'))
  })

  it('ignores labels such as 开放时间：', () => {
    expect(parsed('开放时间：每天 8:00-20:00')).toEqual(parsed('每天 8:00-20:00'))
  })

  it.each([
    ['', '开放时间为空'],
    ['   ', '开放时间为空'],
    ['节假日休息', '没有找到开放时间'],
    ['周六', '"周六"后面缺少时间'],
    ['周一至周五 8:00-18:00；周六', '"周六"后面缺少时间'],
    ['8-18', '无法识别"8-18"'],
    ['看情况', '无法识别"看情况"'],
    ['25:00-26:00', '时间"25:00"不正确'],
    ['8:00-18:75', '时间"18:75"不正确'],
    ['20:00-次日23:00', '"次日23:00"晚于开门时间"20:00"'],
    ['休息', '"休息"前面缺少星期'],
  ])('refuses %j with a reason', (text, reason) => {
    expect(reasonFor(text)).toBe(reason)
  })

  it('produces hours that pass the schema', () => {
    for (const text of ['24小时', '周一至周五 8:00-18:00；周六 9:00-12:00', '周五 20:00-次日02:00', '08:00-24:00']) {
      expect(v.is(openingHoursSchema, parsed(text))).toBe(true)
    }
  })
})

describe('describing opening hours', () => {
  it('says 每天 24 小时 for a station that never closes', () => {
    expect(describeOpeningHours({ kind: 'always' })).toEqual(['每天 24 小时'])
  })

  it('puts days with the same hours on one line, Monday’s first, and ends with 节假日休息', () => {
    expect(
      describeOpeningHours({
        kind: 'weekly',
        ranges: [
          { days: [1, 2, 3, 4, 5], open: '14:00', close: '18:00' },
          { days: [6], open: '09:00', close: '12:00' },
          { days: [5, 4, 3, 2, 1], open: '08:00', close: '12:00' },
        ],
        closedOnHolidays: true,
      }),
    ).toEqual(['周一至周五 08:00–12:00、14:00–18:00', '周六 09:00–12:00', '节假日休息'])
  })

  it('writes closing after midnight as 次日 and closing at midnight as 24:00', () => {
    expect(
      describeOpeningHours({
        kind: 'weekly',
        ranges: [
          { days: [5], open: '20:00', close: '02:00' },
          { days: [6, 7], open: '10:00', close: '00:00' },
          { days: [1], open: '00:00', close: '00:00' },
        ],
        closedOnHolidays: false,
      }),
    ).toEqual(['周一 24 小时', '周五 20:00–次日 02:00', '周六、周日 10:00–24:00'])
  })

  it('describes the same hours in the same words however the ranges were entered', () => {
    expect(
      describeOpeningHours({
        kind: 'weekly',
        ranges: [
          { days: [2], open: '08:00', close: '18:00' },
          { days: [1, 3, 4, 5], open: '08:00', close: '18:00' },
          { days: [5], open: '08:00', close: '18:00' },
        ],
        closedOnHolidays: false,
      }),
    ).toEqual(['周一至周五 08:00–18:00'])
  })

  it('lists exceptions by date after the weekly hours', () => {
    expect(
      describeOpeningHours({
        kind: 'weekly',
        ranges: [{ days: [1, 2, 3, 4, 5], open: '08:00', close: '18:00' }],
        closedOnHolidays: false,
        exceptions: [
          { date: '2026-06-01', ranges: [{ open: '09:00', close: '12:00' }] },
          { date: '2026-05-20', closed: true },
        ],
      }),
    ).toEqual(['周一至周五 08:00–18:00', '2026年5月20日 休息', '2026年6月1日 09:00–12:00'])
  })
})

const clockTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`)

const openingHoursArbitrary: fc.Arbitrary<OpeningHours> = fc.oneof(
  fc.constant({ kind: 'always' as const }),
  fc.record({
    kind: fc.constant('weekly' as const),
    ranges: fc.array(
      fc.record({
        days: fc.shuffledSubarray([...WEEKDAYS], { minLength: 1 }),
        open: fc.oneof(clockTime, fc.constant('00:00')),
        close: fc.oneof(clockTime, fc.constant('00:00')),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    closedOnHolidays: fc.boolean(),
  }),
)

describe('describe and parse round-trip', () => {
  it('reads back what it describes, to the same opening status at any moment', () => {
    fc.assert(
      fc.property(openingHoursArbitrary, fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 31) }), (hours, ms) => {
        const reread = parsed(describeOpeningHours(hours).join('；'))
        const now = new Date(ms)
        expect(openingStatus(reread, now, CHINA_HOLIDAY_CALENDAR)).toEqual(openingStatus(hours, now, CHINA_HOLIDAY_CALENDAR))
      }),
      { numRuns: 400 },
    )
  })

  it('describes what it read back in the same words', () => {
    fc.assert(
      fc.property(openingHoursArbitrary, (hours) => {
        const lines = describeOpeningHours(hours)
        expect(describeOpeningHours(parsed(lines.join('\n')))).toEqual(lines)
      }),
    )
  })
})

describe('the opening hours schema', () => {
  it('accepts a weekly timetable with exceptions', () => {
    expect(
      v.is(openingHoursSchema, {
        kind: 'weekly',
        ranges: [{ days: [1, 2, 3, 4, 5], open: '08:00', close: '18:00' }],
        closedOnHolidays: true,
        exceptions: [{ date: '2026-05-20', closed: true }],
      }),
    ).toBe(true)
  })

  it.each([
    ['an unpadded time', { kind: 'weekly', ranges: [{ days: [1], open: '8:00', close: '18:00' }], closedOnHolidays: false }],
    ['24:00', { kind: 'weekly', ranges: [{ days: [1], open: '08:00', close: '24:00' }], closedOnHolidays: false }],
    ['no days', { kind: 'weekly', ranges: [{ days: [], open: '08:00', close: '18:00' }], closedOnHolidays: false }],
    ['a repeated day', { kind: 'weekly', ranges: [{ days: [1, 1], open: '08:00', close: '18:00' }], closedOnHolidays: false }],
    ['weekday 0', { kind: 'weekly', ranges: [{ days: [0], open: '08:00', close: '18:00' }], closedOnHolidays: false }],
    ['no ranges', { kind: 'weekly', ranges: [], closedOnHolidays: false }],
    ['an unknown key', { kind: 'always', note: 'x' }],
    ['two exceptions on a day', {
      kind: 'weekly',
      ranges: [{ days: [1], open: '08:00', close: '18:00' }],
      closedOnHolidays: false,
      exceptions: [{ date: '2026-05-20', closed: true }, { date: '2026-05-20', closed: true }],
    }],
    ['an impossible exception date', {
      kind: 'weekly',
      ranges: [{ days: [1], open: '08:00', close: '18:00' }],
      closedOnHolidays: false,
      exceptions: [{ date: '2026-02-30', closed: true }],
    }],
  ])('refuses %s', (_case, value) => {
    expect(v.is(openingHoursSchema, value)).toBe(false)
  })
})
