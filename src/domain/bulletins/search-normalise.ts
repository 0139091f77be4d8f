/** Text folded for search, with a map back to the original for highlighting. */
export interface SearchText {
  /**
   * Full-width folded to half-width (ＡＢ１ → ab1, ① → 1), lower-cased, punctuation and spaces dropped.
   * A single space is kept where it separates two latin or digit words (0716-8219262 → 0716 8219262)
   * and at every line break, so that nothing matches across separate paragraphs.
   */
  readonly text: string
  /** For each UTF-16 unit of `text`, where its source starts in the original. */
  readonly starts: readonly number[]
  /** For each UTF-16 unit of `text`, where its source ends in the original. */
  readonly ends: readonly number[]
}

const WORD = /[\p{L}\p{N}\p{M}]/u
// Scripts written without spaces between words: a space or a mark next to them separates nothing.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u
const LINE_BREAK = /[\n\r\u2028\u2029]/

function fold(ch: string): string {
  const code = ch.codePointAt(0) ?? 0
  if (code < 0x80) return ch.toLowerCase()
  // Unified ideographs are their own NFKC form: skip the work for the bulk of a Chinese text.
  if (code >= 0x4e00 && code <= 0x9fff) return ch
  return ch.normalize('NFKC').toLowerCase()
}

/** Normalises text for search; queries and documents go through the same function so they compare. */
export function normaliseForSearch(source: string): SearchText {
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  let gap: { start: number; end: number; hard: boolean } | null = null
  let lastSpaced: boolean | null = null
  let index = 0
  for (const ch of source) {
    const end = index + ch.length
    for (const out of fold(ch)) {
      if (!WORD.test(out)) {
        const hard = LINE_BREAK.test(out)
        gap = gap ? { start: gap.start, end, hard: gap.hard || hard } : { start: index, end, hard }
        continue
      }
      const spaced = !UNSPACED.test(out)
      if (gap && lastSpaced !== null && (gap.hard || (spaced && lastSpaced))) {
        text += ' '
        starts.push(gap.start)
        ends.push(gap.end)
      }
      gap = null
      text += out
      for (let unit = 0; unit < out.length; unit++) {
        starts.push(index)
        ends.push(end)
      }
      lastSpaced = spaced
    }
    index = end
  }
  return { text, starts, ends }
}

/** The parts of a query, each normalised: words typed apart are searched for separately (驿站 沙市). */
export function queryParts(query: string): string[] {
  return query
    .split(/\s+/)
    .map((part) => normaliseForSearch(part).text)
    .filter((part) => part !== '')
}
