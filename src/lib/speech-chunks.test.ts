import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitForSpeech, type SpeechLimits } from './speech-chunks'

const utf8 = (text: string): number => new TextEncoder().encode(text).length
const wide: SpeechLimits = { chars: 100, bytes: 1000 }

describe('cutting text into pieces a speech engine accepts', () => {
  it('keeps a short text whole', () => {
    expect(splitForSpeech('驿站开放了。欢迎使用。', wide)).toEqual(['驿站开放了。欢迎使用。'])
  })

  it('packs whole sentences into each piece, cutting between them', () => {
    const text = '第一句话说的是驿站建设。第二句话说的是农民工维权！第三句话说的是技能培训？'
    expect(splitForSpeech(text, { chars: 26, bytes: 1000 })).toEqual(['第一句话说的是驿站建设。第二句话说的是农民工维权！', '第三句话说的是技能培训？'])
  })

  it('keeps a closing quote with the sentence it closes', () => {
    expect(splitForSpeech('他说：“要稳。”大家赞同。', { chars: 8, bytes: 1000 })).toEqual(['他说：“要稳。”', '大家赞同。'])
  })

  it('cuts a sentence too long for one piece at its commas, and a clause too long anywhere', () => {
    expect(splitForSpeech('组织选手参加决赛，获得团体第六名，加工中心操作工获得第八名。', { chars: 12, bytes: 1000 })).toEqual([
      '组织选手参加决赛，',
      '获得团体第六名，',
      '加工中心操作工获得第八名',
    ])
    expect(splitForSpeech('一二三四五六七八九十', { chars: 4, bytes: 1000 })).toEqual(['一二三四', '五六七八', '九十'])
  })

  it('counts bytes as UTF-8: three to a Chinese character', () => {
    const pieces = splitForSpeech('工会'.repeat(200), { chars: 1000, bytes: 300 })
    expect(pieces.map((piece) => utf8(piece))).toEqual([300, 300, 300, 300])
  })

  it('drops nothing that is said, and keeps every piece within both limits', () => {
    const word = fc.constantFrom('工会', '驿站', '农民工', 'WiFi', '9 月', '1000', '“金蓝领”', '。', '，', '；', '！', '、', '：', ' ', '\n', '😀')
    const texts = fc.array(word, { maxLength: 120 }).map((words) => words.join(''))
    const limits = fc.record({ chars: fc.integer({ min: 1, max: 60 }), bytes: fc.integer({ min: 4, max: 200 }) })
    fc.assert(
      fc.property(texts, limits, (source, limit) => {
        const pieces = splitForSpeech(source, limit)
        for (const piece of pieces) {
          expect(Array.from(piece).length).toBeLessThanOrEqual(limit.chars)
          expect(utf8(piece)).toBeLessThanOrEqual(limit.bytes)
          expect(piece).toBe(piece.trim())
          expect(piece).toMatch(/[\p{L}\p{N}]/u)
        }
        const said = (spoken: string) => spoken.replace(/[^\p{L}\p{N}]/gu, '')
        expect(said(pieces.join(''))).toBe(said(source))
      }),
      { numRuns: 500 },
    )
  })
})
