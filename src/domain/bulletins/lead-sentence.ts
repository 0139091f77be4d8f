import { isColon, isClosingQuote, isLeadEndAt, lastIndexBeforeClosers, nextQuoteDepth, skipClosers } from './punctuation'
import { matchSubPointOrdinal } from './sub-point-ordinal'

/**
 * How many characters of an item's first paragraph (after its label) are the lead sentence:
 * up to the first 。！？ outside quotation marks, or a ： that introduces the first sub-point or ends
 * the paragraph. A paragraph with neither is all lead (a heading such as 加强工会经费管理工作).
 */
export function leadLength(paragraph: string): number {
  const quoted = scan(paragraph, true)
  if (quoted.end !== null) return quoted.end
  // Unbalanced quotation marks (a typo) would hide every sentence end; read the text without them.
  if (quoted.unbalanced) {
    const plain = scan(paragraph, false)
    if (plain.end !== null) return plain.end
  }
  return paragraph.length
}

function scan(text: string, respectQuotes: boolean): { end: number | null; unbalanced: boolean } {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    if (respectQuotes) {
      const before = depth
      depth = nextQuoteDepth(depth, ch)
      if (isClosingQuote(ch, before) && depth === 0) {
        // “大干一百天。” ends a sentence at its closing quote.
        const inner = lastIndexBeforeClosers(text, i)
        if (inner >= 0 && isLeadEndAt(text, inner)) return { end: skipClosers(text, i), unbalanced: false }
        continue
      }
      if (depth > 0 || before > 0) continue
    }
    if (isLeadEndAt(text, i)) return { end: skipClosers(text, i + 1), unbalanced: false }
    if (isColon(ch)) {
      // Lines are space-normalised, so at most one space separates the colon from what follows.
      const next = text[i + 1] === ' ' ? i + 2 : i + 1
      if (next >= text.length || matchSubPointOrdinal(text.slice(next, next + 8))?.number === 1) {
        return { end: i + 1, unbalanced: false }
      }
    }
  }
  return { end: null, unbalanced: depth > 0 }
}
