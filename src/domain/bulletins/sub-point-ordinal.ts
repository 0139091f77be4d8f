import { parseChineseNumeral, toChineseNumeral } from './chinese-numerals'

/**
 * The in-line sub-point families: 一是/二是… and ①②…. They enumerate inside a paragraph; （1）, (1) and the
 * other numbered labels are levels of the document's outline instead (see `outline.ts`).
 */
export type SubPointStyle = 'shi' | 'circled'

/** A sub-point ordinal found at the start of some text. */
export interface SubPointOrdinalMatch {
  readonly style: SubPointStyle
  readonly number: number
  /** As printed, without spaces. */
  readonly ordinal: string
  /** Characters the ordinal takes, a space after it included. */
  readonly length: number
}

const SHI = /^([一二三四五六七八九十]{1,3})是/
const FIRST_CIRCLED = 0x2460
const LAST_CIRCLED = 0x2473

/** The sub-point ordinal at the start of `text` (一是, ①), or null. */
export function matchSubPointOrdinal(text: string): SubPointOrdinalMatch | null {
  const shi = SHI.exec(text)
  if (shi) {
    const number = parseChineseNumeral(shi[1] ?? '')
    return number === null ? null : withSpace(text, 'shi', number, shi[0].length)
  }
  const code = text.codePointAt(0) ?? 0
  if (code >= FIRST_CIRCLED && code <= LAST_CIRCLED) return withSpace(text, 'circled', code - FIRST_CIRCLED + 1, 1)
  return null
}

function withSpace(text: string, style: SubPointStyle, number: number, matched: number): SubPointOrdinalMatch {
  return {
    style,
    number,
    ordinal: text.slice(0, matched).replace(/ /g, ''),
    length: matched + (text[matched] === ' ' ? 1 : 0),
  }
}

/** How the ordinal numbered `number` is printed in a family, for messages (三是, ③). */
export function ordinalText(style: SubPointStyle, number: number): string {
  if (style === 'shi') return `${toChineseNumeral(number)}是`
  return String.fromCodePoint(FIRST_CIRCLED + number - 1)
}
