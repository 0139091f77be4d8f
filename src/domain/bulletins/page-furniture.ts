import { foldWidth } from './fold-width'

const DASHES = '\\-—–―~_'
const PAGE_NUMBER = [
  new RegExp(`^[${DASHES}]*\\d{1,3}[${DASHES}]*$`),
  /^第\d{1,3}页(?:共\d{1,3}页)?$/,
  /^\d{1,3}\/\d{1,3}$/,
]
// Wider than any page number or printed rule: such a line is text, whatever it is made of.
const MAX_PAGE_NUMBER_CHARS = 20
const MAX_DECORATION_CHARS = 200
const DECORATION = /^[-—–―~_=*·•※━─★☆◆◇■□●○]{3,}$/u

/** True for a page number left alone on a line by a page break: - 2 -, —2—, 第 2 页, 2/5. */
export function isPageNumberLine(line: string): boolean {
  if (line.length > MAX_PAGE_NUMBER_CHARS) return false
  const compact = foldWidth(line).replace(/ /g, '')
  return PAGE_NUMBER.some((pattern) => pattern.test(compact))
}

/** True for a rule or ornament line (————, ★★★) that separates blocks in a printed bulletin. */
export function isDecorationLine(line: string): boolean {
  if (line.length > MAX_DECORATION_CHARS) return false
  return DECORATION.test(foldWidth(line).replace(/ /g, ''))
}

/** True for either: a line the parser skips wherever it appears. */
export function isPageFurniture(line: string): boolean {
  return isPageNumberLine(line) || isDecorationLine(line)
}
