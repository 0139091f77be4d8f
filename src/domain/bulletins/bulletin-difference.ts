import type { Bulletin, BulletinSubPoint } from './bulletin'

function firstInList(path: string, a: readonly string[], b: readonly string[]): string | null {
  if (a.length !== b.length) return path
  const index = a.findIndex((value, i) => value !== b[i])
  return index === -1 ? null : `${path}.${index}`
}

interface NodeContent {
  readonly lead: string
  readonly paragraphs: readonly string[]
  readonly subPoints: readonly BulletinSubPoint[]
}

// Lead, paragraphs and sub-points of an item or a point: the path of the first that differs.
function firstInNode(at: string, a: NodeContent, b: NodeContent): string | null {
  if (a.lead !== b.lead) return `${at}.lead`
  const paragraphs = firstInList(`${at}.paragraphs`, a.paragraphs, b.paragraphs)
  if (paragraphs) return paragraphs
  if (a.subPoints.length !== b.subPoints.length) return `${at}.subPoints`
  for (const [j, subPoint] of a.subPoints.entries()) {
    const other = b.subPoints[j]
    if (subPoint.ordinal !== other?.ordinal) return `${at}.subPoints.${j}.ordinal`
    if (subPoint.text !== other.text) return `${at}.subPoints.${j}.text`
  }
  return null
}

/** The path of the first field where two bulletins differ (`items.2.lead`), or null when they are equal. */
export function firstDifference(a: Bulletin, b: Bulletin): string | null {
  if (a.header.issueNumber !== b.header.issueNumber) return 'header.issueNumber'
  if (a.header.issuer !== b.header.issuer) return 'header.issuer'
  if (a.header.issuedOn !== b.header.issuedOn) return 'header.issuedOn'
  if (a.body.title !== b.body.title) return 'title'
  const intro = firstInList('intro', a.body.intro, b.body.intro)
  if (intro) return intro
  if (a.body.items.length !== b.body.items.length) return 'items'
  for (const [i, item] of a.body.items.entries()) {
    const other = b.body.items[i]
    if (!other) return 'items'
    if (item.number !== other.number || item.label !== other.label) return `items.${i}.label`
    const content = firstInNode(`items.${i}`, item, other)
    if (content) return content
    if (item.points.length !== other.points.length) return `items.${i}.points`
    for (const [k, point] of item.points.entries()) {
      const otherPoint = other.points[k]
      if (!otherPoint) return `items.${i}.points`
      if (point.level !== otherPoint.level || point.label !== otherPoint.label) return `items.${i}.points.${k}.label`
      const pointContent = firstInNode(`items.${i}.points.${k}`, point, otherPoint)
      if (pointContent) return pointContent
    }
  }
  for (const key of ['reportTo', 'sendTo', 'copyTo'] as const) {
    const list = firstInList(`distribution.${key}`, a.body.distribution[key], b.body.distribution[key])
    if (list) return list
  }
  if (a.body.editor !== b.body.editor) return 'editor'
  if (a.body.phone !== b.body.phone) return 'phone'
  return null
}
