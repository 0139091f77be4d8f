import { queryParts, searchTextOf } from './search-normalise'

/**
 * Terms stored per document. The reference bulletin's 2,100 characters of text give 1,717 terms, so 4,000
 * covers a bulletin about twice its size in full; the array costs some 40 KB of the 16 MB a CloudBase
 * document may hold, and as many multikey index entries.
 */
export const MAX_DOCUMENT_TERMS = 4000

/** A query asks the database for at most this many terms; the verification step does the rest. */
export const MAX_QUERY_TERMS = 12

function segments(normalised: string): string[][] {
  return normalised
    .split(' ')
    .filter((segment) => segment !== '')
    .map((segment) => Array.from(segment))
}

/**
 * The distinct search terms of a document: every character and every pair of neighbouring characters of
 * its normalised text (CJK, digits and latin alike). Pairs make any query of two or more characters a
 * conjunction of pairs the document must hold (驿站 → 驿站; 农民工维权 → 农民, 民工, 工维, 维权); single
 * characters serve one-character queries (站). Word lists would need a dictionary and still miss what
 * workers type, such as 维权 inside 农民工维权服务月.
 *
 * Give `parts` in order of importance (title, leads, then the rest): terms are collected in that order,
 * and a very long document stops adding terms at `MAX_DOCUMENT_TERMS`, so text far down a huge document
 * that brings only new terms is not found by the index; everything before the cap is.
 */
export function documentSearchTerms(parts: readonly string[]): string[] {
  const terms = new Set<string>()
  for (const part of parts) {
    for (const chars of segments(searchTextOf(part))) {
      for (let i = 0; i < chars.length; i++) {
        for (const term of [chars[i], i + 1 < chars.length ? `${chars[i]}${chars[i + 1]}` : undefined]) {
          if (term === undefined) continue
          terms.add(term)
          if (terms.size >= MAX_DOCUMENT_TERMS) return [...terms]
        }
      }
    }
  }
  return [...terms]
}

function termsOfPart(part: string): string[] {
  return segments(part).flatMap((chars) =>
    chars.length === 1 ? chars : chars.slice(0, -1).map((ch, i) => `${ch}${chars[i + 1] ?? ''}`),
  )
}

/**
 * The terms every document matching the query holds, for `where({ searchTerms: _.all(terms) })`, or null
 * when the query has nothing to search for (empty, only spaces or punctuation). One character is enough.
 * Candidates must then be checked with `matchesQuery`, since holding the pairs does not mean holding them
 * side by side.
 */
export function queryTerms(query: string): string[] | null {
  const perPart = queryParts(query).map(termsOfPart)
  const terms = new Set<string>()
  // Take the parts in turn so that a long first word cannot crowd out the others at the cap.
  for (let round = 0; terms.size < MAX_QUERY_TERMS && perPart.some((partTerms) => round < partTerms.length); round++) {
    for (const partTerms of perPart) {
      const term = partTerms[round]
      if (term !== undefined && terms.size < MAX_QUERY_TERMS) terms.add(term)
    }
  }
  return terms.size > 0 ? [...terms] : null
}

/**
 * True when the text contains every part of the query after the same normalisation (full-width 金蓝领
 * matches 金蓝领, 9月13日 matches 9 月 13 日, 爱心驿站建设 matches “户外职工爱心驿站”建设). For a
 * document, pass its parts joined with `\n`, so that no match runs from one paragraph into the next.
 */
export function matchesQuery(text: string, query: string): boolean {
  const parts = queryParts(query)
  if (parts.length === 0) return false
  const haystack = searchTextOf(text)
  return parts.every((part) => haystack.includes(part))
}
