import { lineAt, type BodyUnit } from './body-units'
import { BULLETIN_LIMITS, type BulletinItem } from './bulletin'
import type { ItemLabelMatch } from './item-label'
import { leadLength } from './lead-sentence'
import { unitKindOf } from './line-grammar'
import { isPageFurniture } from './page-furniture'
import { preview, type ParseLog } from './parse-log'
import { splitItemContent, type ContentPosition } from './split-item-content'

/** Reads one item: its label and lead from the item line, then its paragraphs and sub-points. */
export function readItem(
  unit: BodyUnit,
  label: ItemLabelMatch,
  following: readonly BodyUnit[],
  log: ParseLog,
): BulletinItem {
  const rest = unit.text.slice(label.length)
  if (rest === '') log.error(unit.line, `“${label.label}”后面没有内容`)
  const leadChars = leadLength(rest)
  const lead = rest.slice(0, leadChars).trim()
  if (lead.length > BULLETIN_LIMITS.leadChars) {
    log.error(
      unit.line,
      `第 ${label.number} 项的要点句超过 ${BULLETIN_LIMITS.leadChars} 字：要点句是编号后的第一句话，应以句号结尾（“${preview(lead)}”）`,
    )
  }
  log.recognise(unit.line, 'item', `${label.label}${lead}`)

  const remainderStart = label.length + leadChars
  const remainder = unit.text.slice(remainderStart)
  const remainderOffset = remainderStart + (remainder.length - remainder.trimStart().length)
  const inline = remainder.trim()
  if (inline !== '' && (unitKindOf(inline) !== 'plain' || isPageFurniture(inline))) {
    log.error(unit.line, `第 ${label.number} 项要点句后面的“${preview(inline)}”应另起一行`)
  }
  const content = [inline, ...following.map((paragraph) => paragraph.text)]
  const lineOf = ({ paragraph, offset }: ContentPosition): number =>
    paragraph === 0 ? lineAt(unit, remainderOffset + offset) : lineAt(following[paragraph - 1] ?? unit, offset)

  const split = splitItemContent(content)
  split.paragraphs.forEach((paragraph, i) => {
    const line = lineOf(split.paragraphStarts[i] ?? { paragraph: 0, offset: 0 })
    if (paragraph.length > BULLETIN_LIMITS.paragraphChars) {
      log.error(line, `段落超过 ${BULLETIN_LIMITS.paragraphChars} 字，请分段（“${preview(paragraph)}”）`)
    }
    log.recognise(line, 'paragraph', paragraph)
  })
  if (split.paragraphs.length > BULLETIN_LIMITS.paragraphsPerItem) {
    log.error(unit.line, `第 ${label.number} 项有 ${split.paragraphs.length} 段，最多 ${BULLETIN_LIMITS.paragraphsPerItem} 段`)
  }
  split.subPoints.forEach((subPoint, i) => {
    const line = lineOf(split.subPointStarts[i] ?? { paragraph: 0, offset: 0 })
    if (subPoint.text === '') log.error(line, `“${subPoint.ordinal}”后面没有内容`)
    const longest = Math.max(...subPoint.text.split('\n').map((part) => part.length))
    if (longest > BULLETIN_LIMITS.paragraphChars || subPoint.text.length > BULLETIN_LIMITS.subPointChars) {
      log.error(
        line,
        `“${subPoint.ordinal}”太长：每段最多 ${BULLETIN_LIMITS.paragraphChars} 字，整个分项最多 ${BULLETIN_LIMITS.subPointChars} 字`,
      )
    }
    log.recognise(line, 'subPoint', `${subPoint.ordinal}${subPoint.text}`)
  })
  if (split.subPoints.length > BULLETIN_LIMITS.subPointsPerItem) {
    log.error(unit.line, `第 ${label.number} 项有 ${split.subPoints.length} 个分项，最多 ${BULLETIN_LIMITS.subPointsPerItem} 个`)
  }
  for (const skipped of split.skippedOrdinals) {
    log.warn(lineOf(skipped), `“${skipped.found}”前面缺少“${skipped.expected}”，已把它当作正文保留，请核对分项序号`)
  }

  return { number: label.number, label: label.label, lead, paragraphs: split.paragraphs, subPoints: split.subPoints }
}
