import type { BulletinBody, BulletinHeader, BulletinSubPoint } from './bulletin'
import { parseIsoDate } from './calendar-date'
import { matchItemLabel } from './item-label'

/** One printed line and the field it comes from (`title`, `items.2.lead`…), to trace a line back to the form. */
export interface RenderedLine {
  readonly field: string
  readonly text: string
  /** Paragraphs are set apart by a blank line; the 报/发/抄送 lines sit together as in print. */
  readonly blankBefore: boolean
}

function formatDate(iso: string): string {
  const date = parseIsoDate(iso)
  return date ? `${date.year}年${date.month}月${date.day}日` : iso
}

/**
 * The line that opens an item or a point: its label and lead. A space keeps them apart where the lead would
 * change how the label reads (1. before 2017年 would read as 1.2017).
 */
export function printedLeadLine(label: string, lead: string): string {
  const joined = `${label}${lead}`
  return matchItemLabel(joined)?.label === label ? joined : `${label} ${lead}`
}

/** The lines `renderBulletinText` prints, each with the field it comes from. */
export function renderBulletinLines(header: BulletinHeader, body: BulletinBody): RenderedLine[] {
  const lines: RenderedLine[] = []
  const paragraph = (field: string, text: string): void => {
    lines.push({ field, text, blankBefore: lines.length > 0 })
  }
  if (header.issueNumber !== null) paragraph('header.issueNumber', `第 ${header.issueNumber} 期`)
  if (header.issuer !== null) paragraph('header.issuer', header.issuer)
  if (header.issuedOn !== null) paragraph('header.issuedOn', formatDate(header.issuedOn))
  paragraph('title', body.title)
  body.intro.forEach((text, i) => paragraph(`intro.${i}`, text))
  // An item and each point below it print alike: label and lead, paragraphs, then sub-points, each on its own line.
  const node = (at: string, label: string, lead: string, paragraphs: readonly string[], subPoints: readonly BulletinSubPoint[]): void => {
    paragraph(`${at}.lead`, printedLeadLine(label, lead))
    paragraphs.forEach((text, j) => paragraph(`${at}.paragraphs.${j}`, text))
    subPoints.forEach((subPoint, j) => {
      subPoint.text.split('\n').forEach((part, k) => {
        paragraph(`${at}.subPoints.${j}.text`, k === 0 ? `${subPoint.ordinal}${part}` : part)
      })
    })
  }
  body.items.forEach((item, i) => {
    node(`items.${i}`, item.label, item.lead, item.paragraphs, item.subPoints)
    item.points.forEach((point, k) => node(`items.${i}.points.${k}`, point.label, point.lead, point.paragraphs, point.subPoints))
  })
  const lists = [
    ['reportTo', '报'],
    ['sendTo', '发'],
    ['copyTo', '抄送'],
  ] as const
  let firstList = true
  for (const [key, label] of lists) {
    const names = body.distribution[key]
    if (names.length === 0) continue
    lines.push({ field: `distribution.${key}`, text: `${label}：${names.join('、')}`, blankBefore: firstList && lines.length > 0 })
    firstList = false
  }
  if (body.editor !== null) paragraph('editor', `责任编辑：${body.editor}`)
  if (body.phone !== null) paragraph('phone', `联系电话：${body.phone}`)
  return lines
}

/**
 * Prints a bulletin back as plain text in the layout of the paper original, one paragraph per line.
 * It is the inverse of `parseBulletin` for every bulletin `validateBulletin` accepts.
 */
export function renderBulletinText(header: BulletinHeader, body: BulletinBody): string {
  return `${renderBulletinLines(header, body)
    .map((line) => (line.blankBefore ? `\n${line.text}` : line.text))
    .join('\n')}\n`
}
