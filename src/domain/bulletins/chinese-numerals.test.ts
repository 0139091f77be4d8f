import { describe, expect, it } from 'vitest'
import { isCalendarDate, parseIsoDate, toIsoDate } from './calendar-date'
import { parseChineseDigits, parseChineseNumeral, toChineseNumeral } from './chinese-numerals'

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十一', 21],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['两千零一十七', 2017],
    ['九千九百九十九', 9999],
  ])('reads %s as %i', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value)
  })

  it.each(['', '零', '二二', '十十', '百', '二百五', '一百零', '是'])('refuses %j', (numeral) => {
    expect(parseChineseNumeral(numeral)).toBeNull()
  })

  it('writes every number from 1 to 9999 the way it reads back', () => {
    for (let n = 1; n <= 9999; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n)
    expect([1, 10, 11, 20, 105, 2017].map(toChineseNumeral)).toEqual(['一', '十', '十一', '二十', '一百零五', '二千零一十七'])
  })

  it('reads a year written digit by digit', () => {
    expect(parseChineseDigits('二〇一七')).toBe(2017)
    expect(parseChineseDigits('二○一七')).toBe(2017)
    expect(parseChineseDigits('二十')).toBeNull()
  })
})

describe('calendar dates', () => {
  it('knows leap years without asking a clock', () => {
    expect(isCalendarDate({ year: 2016, month: 2, day: 29 })).toBe(true)
    expect(isCalendarDate({ year: 2017, month: 2, day: 29 })).toBe(false)
    expect(isCalendarDate({ year: 1900, month: 2, day: 29 })).toBe(false)
    expect(isCalendarDate({ year: 2000, month: 2, day: 29 })).toBe(true)
    expect(isCalendarDate({ year: 2017, month: 4, day: 31 })).toBe(false)
  })

  it('writes and reads YYYY-MM-DD', () => {
    expect(toIsoDate({ year: 2017, month: 9, day: 30 })).toBe('2017-09-30')
    expect(parseIsoDate('2017-09-30')).toEqual({ year: 2017, month: 9, day: 30 })
    expect(parseIsoDate('2017-02-30')).toBeNull()
    expect(parseIsoDate('2017-9-30')).toBeNull()
  })
})
