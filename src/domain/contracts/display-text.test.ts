import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { normaliseDisplayText } from './display-text'
import { nonEmptyText, text } from './payload-fields'

describe('display text', () => {
  it('drops NUL and other control characters', () => {
    expect(normaliseDisplayText('老\u0000王\u0007\u007f\u0085')).toBe('老王')
  })

  it('drops right-to-left overrides and the other bidi controls, which would reverse a name in a list', () => {
    expect(normaliseDisplayText('\u202e王师傅\u202c')).toBe('王师傅')
    expect(normaliseDisplayText('a\u2066b\u2067c\u2068d\u2069e\u200ef\u200fg\u061ch')).toBe('abcdefgh')
  })

  it('drops lone surrogates and keeps whole characters outside the basic plane', () => {
    expect(normaliseDisplayText('好\ud800人\udc00')).toBe('好人')
    expect(normaliseDisplayText('\ud83d')).toBe('')
    expect(normaliseDisplayText('𠮷野家 👷‍♂️')).toBe('𠮷野家 👷‍♂️')
  })

  it('puts text in NFC, so the same words are the same string', () => {
    expect(normaliseDisplayText('Cafe\u0301')).toBe('Caf\u00e9')
  })

  it('turns line breaks and tabs into spaces on one-line fields and keeps them in notes', () => {
    expect(normaliseDisplayText('第一行\r\n第二行\t完')).toBe('第一行 第二行 完')
    expect(normaliseDisplayText('第一行\r\n第二行\r第三行\t完', { multiline: true })).toBe('第一行\n第二行\n第三行\t完')
  })

  it('is applied by the shared payload fields before their length and emptiness checks', () => {
    expect(v.parse(text(5), '\u202e王师傅\u0000')).toBe('王师傅')
    expect(v.safeParse(nonEmptyText(5), '\u202e\u0000 ').success).toBe(false)
    // Twelve bidi controls around three characters fit a five-character field once they are gone.
    expect(v.parse(text(5), `${'\u202e'.repeat(12)}王师傅`)).toBe('王师傅')
  })
})
