import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseForSearch, searchTextOf } from './search-normalise'

describe('normaliseForSearch', () => {
  it('takes each unified ideograph as a word character of an unspaced script that folds to itself, which its fast path assumes', () => {
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      const ch = String.fromCharCode(code)
      expect([code, /[\p{L}\p{N}\p{M}]/u.test(ch), /\p{Script=Han}/u.test(ch), ch.normalize('NFKC').toLowerCase()]).toEqual([code, true, true, ch])
    }
  })

  it('keeps paragraphs apart and latin words apart, but not Chinese characters', () => {
    expect(normaliseForSearch('户外 职工，爱心驿站\n第二段 ＡＢ１ cd').text).toBe('户外职工爱心驿站 第二段ab1 cd')
  })

  it('maps each folded unit back to its source, and folds the same text without the map', () => {
    const text = fc.array(fc.constantFrom('驿', '站', '工', 'Ａ', 'b', '1', '①', ' ', '，', '\n', '“', 'é', '\u{20000}'), { maxLength: 40 }).map(parts => parts.join(''))
    fc.assert(
      fc.property(text, source => {
        const normalised = normaliseForSearch(source)
        expect(searchTextOf(source)).toBe(normalised.text)
        expect([normalised.starts.length, normalised.ends.length]).toEqual([normalised.text.length, normalised.text.length])
        normalised.text.split('').forEach((unit, position) => {
          const from = source.slice(normalised.starts[position], normalised.ends[position])
          if (unit !== ' ') expect(from.normalize('NFKC').toLowerCase()).toContain(unit)
        })
      }),
    )
  })
})
