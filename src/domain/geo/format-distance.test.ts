import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDistance } from './format-distance'

describe('spoken-friendly distances', () => {
  it.each([
    [0, '10 米'],
    [4, '10 米'],
    [14, '10 米'],
    [15, '20 米'],
    [349, '350 米'],
    [994, '990 米'],
    [999, '1 公里'],
    [1000, '1 公里'],
    [1049, '1 公里'],
    [1050, '1.1 公里'],
    [1234, '1.2 公里'],
    [9949, '9.9 公里'],
    [9950, '10 公里'],
    [10_000, '10 公里'],
    [10_499, '10 公里'],
    [12_345, '12 公里'],
    [123_456, '123 公里'],
  ])('says %d m as %s', (meters, spoken) => {
    expect(formatDistance(meters)).toBe(spoken)
  })

  it('never uses m or km', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5_000_000, noNaN: true }), (meters) => {
        expect(formatDistance(meters)).toMatch(/^(?:[1-9]\d*0 米|[1-9]\d*(?:\.[1-9])? 公里)$/)
      }),
    )
  })

  it('never says a farther place is nearer', () => {
    const spokenMeters = (text: string) => (text.endsWith(' 米') ? Number.parseFloat(text) : Number.parseFloat(text) * 1000)
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200_000, noNaN: true }), fc.double({ min: 0, max: 200_000, noNaN: true }), (a, b) => {
        const [near, far] = a <= b ? [a, b] : [b, a]
        expect(spokenMeters(formatDistance(near))).toBeLessThanOrEqual(spokenMeters(formatDistance(far)))
      }),
    )
  })

  it('refuses negative and non-finite distances', () => {
    expect(() => formatDistance(-1)).toThrow(RangeError)
    expect(() => formatDistance(Number.NaN)).toThrow(RangeError)
    expect(() => formatDistance(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})
