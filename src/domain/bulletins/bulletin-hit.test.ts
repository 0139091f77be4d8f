import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bulletinMatches, firstHit, titleMatches } from './bulletin-hit'
import { parseBulletin } from './parse-bulletin'

const reference = readFileSync(new URL('./fixtures/jingzhou-work-brief-2017-no10.txt', import.meta.url), 'utf8')

function parsed() {
  const result = parseBulletin(reference)
  if (!result.ok) throw new Error('refused')
  return result.bulletin
}

describe('where a search hit is in a bulletin', () => {
  it('finds 爱心驿站 in item 5 and cuts a passage around it', () => {
    const { header, body } = parsed()
    const hit = firstHit(header, body, '爱心驿站')
    expect(hit.itemNumber).toBe(5)
    expect(hit.snippet).toContain('爱心驿站')
    expect(hit.snippet.startsWith('一是开展“户外职工')).toBe(true)
    expect(hit.snippet.endsWith('…')).toBe(true)
  })

  it('finds a hit in the intro as not belonging to an item', () => {
    const { header, body } = parsed()
    expect(firstHit(header, body, '月度工作计划').itemNumber).toBeNull()
  })

  it('falls back to the opening of the body when only the title matches', () => {
    const { header, body } = parsed()
    const hit = firstHit(header, body, '九月份')
    expect(hit.itemNumber).toBeNull()
    expect(hit.snippet.startsWith('按照年度和月度工作计划')).toBe(true)
  })

  it('tells title hits from body hits, and needs the words side by side', () => {
    const { header, body } = parsed()
    expect(titleMatches(body, '工作完成情况')).toBe(true)
    expect(titleMatches(body, '驿站')).toBe(false)
    expect(bulletinMatches(header, body, '农民工维权')).toBe(true)
    expect(bulletinMatches(header, body, '驿站农民')).toBe(false)
  })
})
