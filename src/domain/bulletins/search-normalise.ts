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

/** Where each unit of the folded text came from, filled only when a caller highlights. */
interface SourceMap {
  readonly starts: number[]
  readonly ends: number[]
}

/** The first and last unified ideographs: each is a word character of an unspaced script and its own folded form. */
const HAN_FIRST = 0x4e00
const HAN_LAST = 0x9fff

function normalise(source: string, map: SourceMap | null): string {
  let text = ''
  let gap: { start: number; end: number; hard: boolean } | null = null
  let lastSpaced: boolean | null = null
  let index = 0
  for (const ch of source) {
    const end = index + ch.length
    const code = ch.charCodeAt(0)
    if (code >= HAN_FIRST && code <= HAN_LAST) {
      // The bulk of a Chinese text: the same steps as below with their answers known (a word, not spaced).
      if (gap && lastSpaced !== null && gap.hard) {
        text += ' '
        map?.starts.push(gap.start)
        map?.ends.push(gap.end)
      }
      gap = null
      text += ch
      map?.starts.push(index)
      map?.ends.push(end)
      lastSpaced = false
      index = end
      continue
    }
    for (const out of fold(ch)) {
      if (!WORD.test(out)) {
        const hard = LINE_BREAK.test(out)
        gap = gap ? { start: gap.start, end, hard: gap.hard || hard } : { start: index, end, hard }
        continue
      }
      const spaced = !UNSPACED.test(out)
      if (gap && lastSpaced !== null && (gap.hard || (spaced && lastSpaced))) {
        text += ' '
        map?.starts.push(gap.start)
        map?.ends.push(gap.end)
      }
      gap = null
      text += out
      for (let unit = 0; unit < out.length; unit++) {
        map?.starts.push(index)
        map?.ends.push(end)
      }
      lastSpaced = spaced
    }
    index = end
  }
  return text
}

/** Normalises text for search; queries and documents go through the same function so they compare. */
export function normaliseForSearch(source: string): SearchText {
  const map: SourceMap = { starts: [], ends: [] }
  const text = normalise(source, map)
  return { text, starts: map.starts, ends: map.ends }
}

/** `normaliseForSearch(source).text` without the map back to the source: for a match test, which highlights nothing. */
export function searchTextOf(source: string): string {
  return normalise(source, null)
}

/** The parts of a query, each normalised: words typed apart are searched for separately (驿站 沙市). */
export function queryParts(query: string): string[] {
  return query
    .split(/\s+/)
    .map((part) => searchTextOf(part))
    .filter((part) => part !== '')
}
