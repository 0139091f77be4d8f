import { describe, expect, it } from 'vitest'
import { literalPattern } from '../../cloudfunctions/runtime/literal-pattern'
import { offsetPage, pageOffset } from '../../cloudfunctions/runtime/offset-page'

describe('offset paging', () => {
  it('starts at the top without a cursor, and with one it did not issue', () => {
    expect(pageOffset(undefined)).toBe(0)
    expect(pageOffset('')).toBe(0)
    expect(pageOffset('o-5')).toBe(0)
    expect(pageOffset('x20')).toBe(0)
    expect(pageOffset('o1234567')).toBe(0)
  })

  it('reads back the cursor of the next page', () => {
    const first = offsetPage([1, 2, 3], 0, 2)
    expect(first).toEqual({ items: [1, 2], nextCursor: 'o2' })
    expect(pageOffset(first.nextCursor ?? undefined)).toBe(2)
  })

  it('has no next page when the extra row did not come back', () => {
    expect(offsetPage([5, 6], 4, 2)).toEqual({ items: [5, 6], nextCursor: null })
    expect(offsetPage([], 0, 20)).toEqual({ items: [], nextCursor: null })
  })
})

describe('literalPattern', () => {
  it('matches what was typed, symbols and all', () => {
    const typed = '张(师傅).*+?'
    expect(new RegExp(literalPattern(typed)).test(`工友 ${typed}`)).toBe(true)
    expect(new RegExp(literalPattern('a.c')).test('abc')).toBe(false)
  })
})
