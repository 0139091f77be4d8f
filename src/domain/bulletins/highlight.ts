import { normaliseForSearch, queryParts } from './search-normalise'

/** A run of text to render, marked when it matches the query. */
export interface HighlightSegment {
  readonly text: string
  readonly hit: boolean
}

// Where the query's parts occur in the original text, as merged [start, end) ranges.
function hitRanges(text: string, query: string): [number, number][] {
  const normalised = normaliseForSearch(text)
  const ranges: [number, number][] = []
  for (const part of queryParts(query)) {
    for (let at = normalised.text.indexOf(part); at !== -1; at = normalised.text.indexOf(part, at + 1)) {
      ranges.push([normalised.starts[at] ?? 0, normalised.ends[at + part.length - 1] ?? text.length])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

/**
 * The text cut into runs that match the query or not, for rendering hits. Matching uses the search
 * normalisation, so a query typed 2017 highlights ２０１７ and 爱心驿站建设 highlights 爱心驿站”建设.
 * The runs joined give back the text exactly.
 */
export function highlightSegments(text: string, query: string): HighlightSegment[] {
  if (text === '') return []
  const segments: HighlightSegment[] = []
  let at = 0
  for (const [start, end] of hitRanges(text, query)) {
    if (start > at) segments.push({ text: text.slice(at, start), hit: false })
    segments.push({ text: text.slice(start, end), hit: true })
    at = end
  }
  if (at < text.length) segments.push({ text: text.slice(at), hit: false })
  return segments
}

/**
 * A search-result summary: about `radius` characters either side of the first hit (the start of the text
 * when nothing matches), cut on character boundaries and marked with … where text was left out. Line breaks
 * become spaces. Render it with `highlightSegments(snippet, query)`.
 */
export function snippetAround(text: string, query: string, radius: number): string {
  const reach = Math.max(0, Math.floor(radius))
  const chars = Array.from(text)
  const offsets: number[] = []
  let offset = 0
  for (const ch of chars) {
    offsets.push(offset)
    offset += ch.length
  }
  const indexOf = (unit: number): number => {
    const found = offsets.findIndex((start) => start > unit)
    return (found === -1 ? chars.length : found) - 1
  }
  const hit = hitRanges(text, query)[0]
  let from = hit ? indexOf(hit[0]) - reach : 0
  let to = hit ? indexOf(hit[1] - 1) + 1 + reach : 2 * reach
  if (from < 0) {
    to -= from
    from = 0
  }
  if (to > chars.length) {
    from = Math.max(0, from - (to - chars.length))
    to = chars.length
  }
  const body = chars.slice(from, to).join('').replace(/\s+/g, ' ').trim()
  return `${from > 0 ? '…' : ''}${body}${to < chars.length ? '…' : ''}`
}
