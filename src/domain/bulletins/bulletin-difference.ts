import type { Bulletin } from './bulletin'

function firstInList(path: string, a: readonly string[], b: readonly string[]): string | null {
  if (a.length !== b.length) return path
  const index = a.findIndex((value, i) => value !== b[i])
  return index === -1 ? null : `${path}.${index}`
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
    if (item.lead !== other.lead) return `items.${i}.lead`
    const paragraphs = firstInList(`items.${i}.paragraphs`, item.paragraphs, other.paragraphs)
    if (paragraphs) return paragraphs
    if (item.subPoints.length !== other.subPoints.length) return `items.${i}.subPoints`
    for (const [j, subPoint] of item.subPoints.entries()) {
      const otherPoint = other.subPoints[j]
      if (subPoint.ordinal !== otherPoint?.ordinal) return `items.${i}.subPoints.${j}.ordinal`
      if (subPoint.text !== otherPoint.text) return `items.${i}.subPoints.${j}.text`
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
