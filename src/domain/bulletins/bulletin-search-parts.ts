import type { BulletinBody, BulletinHeader, BulletinSubPoint } from './bulletin'

const text = (node: { paragraphs: readonly string[]; subPoints: readonly BulletinSubPoint[] }): string[] => [
  ...node.paragraphs,
  ...node.subPoints.map((subPoint) => subPoint.text),
]

/**
 * The texts of a bulletin to index and to verify search hits against, most important first (the order
 * `documentSearchTerms` keeps when it reaches its cap): title, the items' leads, the points' leads (all
 * levels), intro, then the text of items and points in reading order.
 */
export function bulletinSearchParts(header: BulletinHeader, body: BulletinBody): string[] {
  return [
    body.title,
    ...body.items.map((item) => item.lead),
    ...body.items.flatMap((item) => item.points.map((point) => point.lead)),
    ...body.intro,
    ...body.items.flatMap((item) => [...text(item), ...item.points.flatMap(text)]),
    ...(header.issuer === null ? [] : [header.issuer]),
  ]
}
