import type { BulletinBody, BulletinHeader } from './bulletin'

/**
 * The texts of a bulletin to index and to verify search hits against, most important first (the order
 * `documentSearchTerms` keeps when it reaches its cap): title, leads, intro, then the items' text.
 */
export function bulletinSearchParts(header: BulletinHeader, body: BulletinBody): string[] {
  return [
    body.title,
    ...body.items.map((item) => item.lead),
    ...body.intro,
    ...body.items.flatMap((item) => [...item.paragraphs, ...item.subPoints.map((subPoint) => subPoint.text)]),
    ...(header.issuer === null ? [] : [header.issuer]),
  ]
}
