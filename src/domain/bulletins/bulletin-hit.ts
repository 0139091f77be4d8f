import type { BulletinBody, BulletinHeader } from './bulletin'
import { bulletinSearchParts } from './bulletin-search-parts'
import { snippetAround } from './highlight'
import { queryParts, searchTextOf } from './search-normalise'
import { matchesQuery } from './search-terms'

/** Where in a bulletin the first hit of a query is: the text around it and the item it belongs to. */
export interface BulletinHit {
  /** A short passage around the first hit, cut with …; render it with `highlightSegments`. */
  readonly snippet: string
  /** The number of the item holding the hit, or null when it is in the title, intro or header. */
  readonly itemNumber: number | null
}

/** Characters either side of the hit in a result snippet: about two lines on a phone. */
export const SNIPPET_RADIUS = 24

interface LocatedPart {
  readonly text: string
  readonly itemNumber: number | null
}

// The body in reading order, each paragraph with its item: where a reader would meet the hit first.
function readingOrder(header: BulletinHeader, body: BulletinBody): LocatedPart[] {
  return [
    ...body.intro.map((text) => ({ text, itemNumber: null })),
    ...body.items.flatMap((item) =>
      [item, ...item.points].flatMap((node) => [
        { text: node.lead, itemNumber: item.number },
        ...node.paragraphs.map((text) => ({ text, itemNumber: item.number })),
        ...node.subPoints.map((subPoint) => ({ text: `${subPoint.ordinal}${subPoint.text}`, itemNumber: item.number })),
      ]),
    ),
    ...(header.issuer === null ? [] : [{ text: header.issuer, itemNumber: null }]),
  ]
}

/** True when the bulletin holds every word of the query, each within one paragraph (the search's final check). */
export function bulletinMatches(header: BulletinHeader, body: BulletinBody, query: string): boolean {
  return matchesQuery(bulletinSearchParts(header, body).join('\n'), query)
}

/** True when the title alone holds every word of the query: such hits rank first. */
export function titleMatches(body: BulletinBody, query: string): boolean {
  return matchesQuery(body.title, query)
}

/**
 * The first passage of the body, in reading order, that holds a word of the query, for the result list;
 * the start of the body when only the title matches. The item number lets the reader land on it.
 */
export function firstHit(header: BulletinHeader, body: BulletinBody, query: string): BulletinHit {
  const words = queryParts(query)
  const parts = readingOrder(header, body)
  const found = parts.find((part) => {
    const text = searchTextOf(part.text)
    return words.some((word) => text.includes(word))
  })
  if (found) return { snippet: snippetAround(found.text, query, SNIPPET_RADIUS), itemNumber: found.itemNumber }
  const opening = parts[0]
  return { snippet: opening ? snippetAround(opening.text, '', SNIPPET_RADIUS) : '', itemNumber: null }
}
