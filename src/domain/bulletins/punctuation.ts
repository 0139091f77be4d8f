/**
 * The punctuation the bulletin grammar turns on. Full-width forms are the norm; the half-width
 * ones are accepted because staff paste from documents typed with either.
 */

// Ends a sentence for the lead: 。！？ and their half-width forms.
const LEAD_ENDS = new Set(['。', '！', '？', '!', '?'])
// Ends a paragraph for page-break joining: the lead ends plus ；and the ellipsis.
const SENTENCE_ENDS = new Set([...LEAD_ENDS, '；', ';', '…'])
const COLONS = new Set(['：', ':'])
const COMMAS = new Set(['，', ','])

/** Closing quotes and brackets that may follow a sentence end: ……。” still ends the sentence. */
export const CLOSERS: ReadonlySet<string> = new Set(['”', '’', '」', '』', '）', ')', '》'])

const OPENING_QUOTES = new Set(['“', '‘', '「', '『'])
const CLOSING_QUOTES = new Set(['”', '’', '」', '』'])

const LATIN_OR_DIGIT = /[0-9A-Za-z]/

// A half-width full stop ends a sentence unless it sits in a number or a latin word: 3.5万元, v1.2 and U.S.
// do not end one; ……工作. does.
function isHalfWidthFullStop(text: string, i: number): boolean {
  if (text[i] !== '.') return false
  const before = text[i - 1]
  const after = text[i + 1]
  const inWord = before !== undefined && (LATIN_OR_DIGIT.test(before) || before === '.')
  return !inWord && (after === undefined || !/[0-9]/.test(after))
}

/** True when the character at `i` ends a lead sentence (。！？, or a half-width . outside a number or word). */
export function isLeadEndAt(text: string, i: number): boolean {
  const ch = text[i]
  return ch !== undefined && (LEAD_ENDS.has(ch) || isHalfWidthFullStop(text, i))
}

/** True when the character at `i` ends a sentence or clause (。！？；…). */
export function isSentenceEndAt(text: string, i: number): boolean {
  const ch = text[i]
  return ch !== undefined && (SENTENCE_ENDS.has(ch) || isHalfWidthFullStop(text, i))
}

/** True for ： and :. */
export function isColon(ch: string | undefined): boolean {
  return ch !== undefined && COLONS.has(ch)
}

/** Index of the last character before any trailing closing quotes or brackets; -1 when there is none. */
export function lastIndexBeforeClosers(text: string, end: number = text.length): number {
  let i = end - 1
  while (i >= 0 && CLOSERS.has(text[i] ?? '')) i--
  return i
}

/** True when a paragraph ends with a sentence end, possibly followed by closing quotes (……。” or ……；). */
export function endsSentence(text: string): boolean {
  const i = lastIndexBeforeClosers(text)
  return i >= 0 && isSentenceEndAt(text, i)
}

/** True when the text has a sentence end or a comma anywhere, i.e. it reads as running text, not a heading. */
export function hasSentencePunctuation(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isSentenceEndAt(text, i) || COMMAS.has(text[i] ?? '')) return true
  }
  return false
}

/** True when the text has a sentence end anywhere (。！？；…). */
export function hasSentenceEnd(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSentenceEndAt(text, i)) return true
  return false
}

/** Moves past closing quotes and brackets at `i`. */
export function skipClosers(text: string, i: number): number {
  let j = i
  while (j < text.length && CLOSERS.has(text[j] ?? '')) j++
  return j
}

/**
 * The quote nesting after one more character. Curly quotes nest; a straight " opens at depth 0 and
 * closes otherwise, which is what typed text means by it.
 */
export function nextQuoteDepth(depth: number, ch: string): number {
  if (OPENING_QUOTES.has(ch)) return depth + 1
  if (CLOSING_QUOTES.has(ch)) return Math.max(0, depth - 1)
  if (ch === '"') return depth === 0 ? 1 : depth - 1
  return depth
}

/** True when `ch` closes a quotation (” ’ 」 』 or a straight " inside one). */
export function isClosingQuote(ch: string, depthBefore: number): boolean {
  return CLOSING_QUOTES.has(ch) || (ch === '"' && depthBefore > 0)
}
