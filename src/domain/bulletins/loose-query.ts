import { queryParts, searchTextOf } from './search-normalise'
import { MAX_QUERY_TERMS } from './search-terms'

/** One way of reading a query: the words a bulletin must hold, in any order (every word, somewhere). */
export interface QueryReading {
  readonly words: readonly string[]
  /** The index terms every bulletin holding the words has, for `_.all` (the rarest decides the cost). */
  readonly terms: readonly string[]
}

/** Readings per query at most: each is one more index query per page. */
export const MAX_READINGS = 8

/** The shortest piece a word may be cut into when its parts are found apart: one character says too little. */
const MIN_PIECE = 2

interface Token {
  readonly text: string
  /** The group's words, normalised, when the token is a word of a synonym group. */
  readonly alternatives: readonly string[] | null
}

/** Each query part cut around the synonym words it holds, longest word first at each position. */
function tokenise(part: string, groups: readonly (readonly string[])[]): Token[] {
  const tokens: Token[] = []
  let plain = ''
  let at = 0
  while (at < part.length) {
    let best: { word: string; group: readonly string[] } | null = null
    for (const group of groups) {
      for (const word of group) {
        if (word.length > (best?.word.length ?? 0) && part.startsWith(word, at)) best = { word, group }
      }
    }
    if (best === null) {
      plain += part[at]
      at += 1
      continue
    }
    if (plain !== '') tokens.push({ text: plain, alternatives: null })
    plain = ''
    tokens.push({ text: best.word, alternatives: [best.word, ...best.group.filter((word) => word !== best.word)] })
    at += best.word.length
  }
  if (plain !== '') tokens.push({ text: plain, alternatives: null })
  return tokens
}

function pairs(word: string): string[] {
  const chars = Array.from(word)
  return chars.length === 1 ? chars : chars.slice(0, -1).map((ch, i) => `${ch}${chars[i + 1] ?? ''}`)
}

/**
 * Terms every bulletin holding `word` (whole, or cut into pieces of two or more characters found apart)
 * has: a word of four or more characters may be cut anywhere but after its first or before its last
 * character, so its first and last pairs are always whole; a shorter word cannot be cut at all.
 */
function requiredTerms(word: string): string[] {
  const all = pairs(word)
  return Array.from(word).length < 2 * MIN_PIECE ? all : [all[0] ?? '', all[all.length - 1] ?? '']
}

/**
 * The readings of a query, the words as typed first: each synonym word in it (`groups`, normalised as
 * queries are) may stand for any word of its group, and the query's other words are kept as typed.
 * Null when there is nothing to search for.
 */
export function queryReadings(query: string, groups: readonly (readonly string[])[]): QueryReading[] | null {
  const normalisedGroups = groups.map((group) => group.map((word) => searchTextOf(word)).filter((word) => word !== ''))
  const tokens = queryParts(query).flatMap((part) => tokenise(part, normalisedGroups))
  if (tokens.length === 0) return null
  let readings: string[][] = [[]]
  for (const token of tokens) {
    const choices = token.alternatives ?? [token.text]
    readings = readings.flatMap((words) => choices.map((choice) => [...words, choice])).slice(0, MAX_READINGS)
  }
  return readings.map((words) => {
    const terms = new Set<string>()
    for (const word of words) for (const term of requiredTerms(word)) if (terms.size < MAX_QUERY_TERMS) terms.add(term)
    return { words, terms: [...terms] }
  })
}

/**
 * The pieces of `word` found in `text` (normalised search text): the word itself when it is there whole,
 * else the fewest pieces of two or more characters, in order, each found somewhere (工资拖欠 → 工资, 拖欠
 * in “拖欠…工资”); null when it cannot be covered so.
 */
function piecesIn(text: string, word: string): string[] | null {
  if (text.includes(word)) return [word]
  const chars = Array.from(word)
  const n = chars.length
  if (n < 2 * MIN_PIECE) return null
  // best[i]: the fewest pieces covering the first i characters, or null.
  const best: (string[] | null)[] = [[], ...Array.from({ length: n }, () => null)]
  for (let end = MIN_PIECE; end <= n; end++) {
    for (let start = 0; start <= end - MIN_PIECE; start++) {
      const before = best[start]
      if (before === null || before === undefined) continue
      const piece = chars.slice(start, end).join('')
      const current = best[end]
      if ((current === null || current === undefined || before.length + 1 < current.length) && text.includes(piece)) best[end] = [...before, piece]
    }
  }
  return best[n] ?? null
}

/**
 * The words to mark when `text` (a bulletin's parts joined with `\n`) holds every word of the reading,
 * in any order, each whole or in pieces; null when it does not. Each piece lies within one paragraph.
 */
export function readingMatch(text: string, reading: QueryReading): string[] | null {
  const haystack = searchTextOf(text)
  const marks: string[] = []
  for (const word of reading.words) {
    const pieces = piecesIn(haystack, word)
    if (pieces === null) return null
    marks.push(...pieces)
  }
  return marks
}
