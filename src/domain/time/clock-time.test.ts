import { describe, expect, it } from 'vitest'
import { clockTimeToMinutes, isClockTime, minutesToClockTime } from './clock-time'

describe('clock times', () => {
  it('accepts zero-padded 24-hour times only', () => {
    expect(isClockTime('08:00')).toBe(true)
    expect(isClockTime('23:59')).toBe(true)
    expect(isClockTime('8:00')).toBe(false)
    expect(isClockTime('24:00')).toBe(false)
    expect(isClockTime('12:60')).toBe(false)
  })

  it('converts to and from minutes after midnight', () => {
    expect(clockTimeToMinutes('08:30')).toBe(510)
    expect(minutesToClockTime(510)).toBe('08:30')
    expect(minutesToClockTime(1440)).toBe('00:00')
    expect(minutesToClockTime(1500)).toBe('01:00')
    expect(() => clockTimeToMinutes('8:30')).toThrow(RangeError)
  })
})
