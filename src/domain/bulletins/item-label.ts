import { parseChineseNumeral, toChineseNumeral } from './chinese-numerals'
import { foldWidth } from './fold-width'

/**
 * The numbering families of official documents (GB/T 9704: 一、 · （一） · 1. · （1）) and the variants offices
 * type: 1、/1./1)/１、 · 一、 · （一）/(一) · （1）/(1). Which level a family stands for is read from the order
 * the families nest in, not from the family (the reference bulletin numbers its items 1、).
 */
export type ItemLabelStyle = 'arabic' | 'chinese' | 'parenthesised' | 'parenthesised-arabic'

/** An item label found at the start of a line. */
export interface ItemLabelMatch {
  readonly style: ItemLabelStyle
  readonly number: number
  /** As printed, without spaces: 1、, １．, 一、, （一）. */
  readonly label: string
  /** Characters the label takes at the start of the text, spaces after it included. */
  readonly length: number
  /** The printed label around its number, to print a neighbouring label the same way. */
  readonly prefix: string
  readonly suffix: string
}

// Matched on width-folded text: １、 → 1、, （一） → (一), 1． → 1.  A "." followed by a digit is a decimal (1.5万元).
const ARABIC = /^(\d{1,2}) ?(、|\.(?!\d)|\))/
const CHINESE = /^([一二三四五六七八九十]{1,3}) ?(、|\.(?!\d))/
const PARENTHESISED = /^(\( ?)([一二三四五六七八九十]{1,3})( ?\))/
const PARENTHESISED_ARABIC = /^(\( ?)(\d{1,2})( ?\))/

/** The numbering label at the start of `text` (1、 / 1. / 1) / 一、 / （一） / (一) / （1） / (1)), or null. */
export function matchItemLabel(text: string): ItemLabelMatch | null {
  const folded = foldWidth(text.slice(0, 12))
  const arabic = ARABIC.exec(folded)
  if (arabic) {
    const digits = arabic[1] ?? ''
    return build(text, 'arabic', Number(digits), 0, digits.length, arabic[0].length)
  }
  const chinese = CHINESE.exec(folded)
  if (chinese) {
    const numeral = chinese[1] ?? ''
    return build(text, 'chinese', parseChineseNumeral(numeral), 0, numeral.length, chinese[0].length)
  }
  const paren = PARENTHESISED.exec(folded)
  if (paren) {
    const numeral = paren[2] ?? ''
    return build(text, 'parenthesised', parseChineseNumeral(numeral), (paren[1] ?? '').length, numeral.length, paren[0].length)
  }
  const parenArabic = PARENTHESISED_ARABIC.exec(folded)
  if (parenArabic) {
    const digits = parenArabic[2] ?? ''
    return build(text, 'parenthesised-arabic', Number(digits), (parenArabic[1] ?? '').length, digits.length, parenArabic[0].length)
  }
  return null
}

// The label is `text` up to `end`: what comes before the numeral, the numeral, and the separator after it.
function build(
  text: string,
  style: ItemLabelStyle,
  number: number | null,
  numeralStart: number,
  numeralChars: number,
  end: number,
): ItemLabelMatch | null {
  if (number === null || number < 1) return null
  const prefix = text.slice(0, numeralStart).replace(/ /g, '')
  const suffix = text.slice(numeralStart + numeralChars, end).replace(/ /g, '')
  const numeral = text.slice(numeralStart, numeralStart + numeralChars)
  const length = end + (text[end] === ' ' ? 1 : 0)
  return { style, number, label: `${prefix}${numeral}${suffix}`, length, prefix, suffix }
}

/** The label numbered `number` printed like `like` (2、 after 1、, （三） after （二）). */
export function labelLike(like: ItemLabelMatch, number: number): string {
  const numeral = like.style === 'arabic' || like.style === 'parenthesised-arabic' ? String(number) : toChineseNumeral(number)
  return `${like.prefix}${numeral}${like.suffix}`
}
