import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { MAX_READINGS, queryReadings, readingMatch } from './loose-query'
import { DEFAULT_SYNONYM_GROUPS, synonymGroupSchema } from './search-synonyms'

const text = '一是开展农民工工资拖欠专项治理。\n二是为职工讨回被拖欠的工资 200 余万元。\n三是户外职工爱心驿站建设提速。'

function readings(query: string) {
  const found = queryReadings(query, DEFAULT_SYNONYM_GROUPS)
  if (found === null) throw new Error(`no readings for ${query}`)
  return found
}

describe('reading a query in any order and with the words workers use', () => {
  it('finds the words of 工资拖欠 and 拖欠工资 in either order, asking the index for their whole pairs only', () => {
    const [asTyped] = readings('工资拖欠')
    expect(asTyped).toEqual({ words: ['工资拖欠'], terms: ['工资', '拖欠'] })
    const apart = { words: ['拖欠工资'], terms: ['拖欠', '工资'] }
    expect(readingMatch('被拖欠的工资', apart)).toEqual(['拖欠', '工资'])
    expect(readingMatch('拖欠工资', apart)).toEqual(['拖欠工资'])
  })

  it('lets 讨薪 stand for 欠薪 and 拖欠工资, the typed word first', () => {
    const words = readings('讨薪').map(reading => reading.words.join(' '))
    expect(words[0]).toBe('讨薪')
    expect(words).toEqual(expect.arrayContaining(['欠薪', '拖欠工资']))
    expect(readings('讨薪').some(reading => readingMatch(text, reading) !== null)).toBe(true)
  })

  it('cuts a query around the synonym word it holds, and keeps the rest as typed', () => {
    const words = readings('工地讨薪').map(reading => reading.words)
    expect(words[0]).toEqual(['工地', '讨薪'])
    expect(words).toContainEqual(['工地', '拖欠工资'])
    expect(readings('工伤认定')[0]?.words).toEqual(['工伤认定'])
    expect(readings('工伤认定').map(reading => reading.words[0])).toContain('工伤')
  })

  it('holds every word of the query, or it is no match', () => {
    expect(readingMatch(text, { words: ['驿站', '农民'], terms: [] })).toEqual(['驿站', '农民'])
    expect(readingMatch(text, { words: ['驿站', '工伤'], terms: [] })).toBeNull()
    // A word too short to cut must be there whole: 欠工资 is not 拖欠…工资.
    expect(readingMatch('拖欠了工资', { words: ['欠工资'], terms: [] })).toBeNull()
  })

  it('keeps the number of readings, and of index terms per reading, bounded', () => {
    const many = readings('讨薪 工伤 社保 驿站')
    expect(many.length).toBeLessThanOrEqual(MAX_READINGS)
    expect(many.every(reading => reading.terms.length <= 12)).toBe(true)
    expect(queryReadings('，。！', DEFAULT_SYNONYM_GROUPS)).toBeNull()
  })

  it('ships default groups that pass the same check as groups staff store', () => {
    for (const group of DEFAULT_SYNONYM_GROUPS) expect(v.is(synonymGroupSchema, group)).toBe(true)
    expect(v.is(synonymGroupSchema, ['讨薪'])).toBe(false)
    expect(v.is(synonymGroupSchema, ['讨薪', '拖欠 工资。'])).toBe(false)
  })
})
