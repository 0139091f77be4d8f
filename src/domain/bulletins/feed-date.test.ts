import { describe, expect, it } from 'vitest'
import { bulletinFeedDate } from './feed-date'

describe('a bulletin’s place in the news list', () => {
  const publishedToday = new Date('2026-12-04T02:00:00Z')

  it('is its printed issue date, whenever it was published', () => {
    const old = bulletinFeedDate('2017-03-01', publishedToday)
    const newer = bulletinFeedDate('2018-01-15', new Date('2018-01-16T01:00:00Z'))
    expect(old.getTime()).toBeLessThan(newer.getTime())
    expect(old.toISOString()).toBe('2017-02-28T16:00:00.000Z')
  })

  it('is its first publication for news printed without a date', () => {
    expect(bulletinFeedDate(null, publishedToday)).toEqual(publishedToday)
  })
})
