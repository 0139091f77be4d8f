import { lineAt, type BodyUnit } from './body-units'
import { BULLETIN_LIMITS, type BulletinSubPoint } from './bulletin'
import type { ItemLabelMatch } from './item-label'
import { unitKindOf } from './line-grammar'
import { isPageFurniture } from './page-furniture'
import { preview, type ParseLog } from './parse-log'
import { splitItemContent, type ContentPosition } from './split-item-content'

/** A stretch of one body unit: the part of a paragraph that belongs to one item or point. */
export interface UnitSlice {
  readonly unit: BodyUnit
  readonly start: number
  readonly end: number
}

/** What an item or a point holds below its label. */
export interface NodeReading {
  readonly lead: string
  readonly paragraphs: string[]
  readonly subPoints: BulletinSubPoint[]
}

/** How an item or a point is named in messages: 第 3 项, 第 3 项的“（二）”. */
export interface NodeName {
  readonly words: string
  readonly kind: 'item' | 'point'
}

/**
 * Reads one item or point: its lead (the first slice, after its label, up to `leadEnd` in that paragraph),
 * then its paragraphs and sub-points from the rest of that slice and the slices after it.
 */
export function readNode(label: ItemLabelMatch, slices: readonly UnitSlice[], leadEnd: number, name: NodeName, log: ParseLog): NodeReading {
  const [first, ...following] = slices
  if (!first) throw new Error('an item starts with the text after its label')
  const rest = first.unit.text.slice(first.start, first.end)
  const leadChars = leadEnd - first.start
  const lead = rest.slice(0, leadChars).trim()
  if (lead.length > BULLETIN_LIMITS.leadChars) {
    log.error(
      first.unit.line,
      `${name.words}的要点句超过 ${BULLETIN_LIMITS.leadChars} 字：要点句是编号后的第一句话，应以句号结尾（“${preview(lead)}”）`,
    )
  }
  log.recognise(lineAt(first.unit, first.start), name.kind, `${label.label}${lead}`)

  const remainder = rest.slice(leadChars)
  const remainderOffset = first.start + leadChars + (remainder.length - remainder.trimStart().length)
  const inline = remainder.trim()
  // A closing field or a page number after a lead is no paragraph: printed on its own line it would read as one.
  if (inline !== '' && ((unitKindOf(inline) !== 'plain' && unitKindOf(inline) !== 'item') || isPageFurniture(inline))) {
    log.error(first.unit.line, `${name.words}要点句后面的“${preview(inline)}”应另起一行`)
  }
  const content = [inline, ...following.map((slice) => slice.unit.text.slice(slice.start, slice.end))]
  const lineOf = ({ paragraph, offset }: ContentPosition): number => {
    if (paragraph === 0) return lineAt(first.unit, remainderOffset + offset)
    const slice = following[paragraph - 1] ?? first
    return lineAt(slice.unit, slice.start + offset)
  }

  const split = splitItemContent(content)
  split.paragraphs.forEach((paragraph, i) => {
    const line = lineOf(split.paragraphStarts[i] ?? { paragraph: 0, offset: 0 })
    if (paragraph.length > BULLETIN_LIMITS.paragraphChars) {
      log.error(line, `段落超过 ${BULLETIN_LIMITS.paragraphChars} 字，请分段（“${preview(paragraph)}”）`)
    }
    log.recognise(line, 'paragraph', paragraph)
  })
  if (split.paragraphs.length > BULLETIN_LIMITS.paragraphsPerItem) {
    log.error(first.unit.line, `${name.words}有 ${split.paragraphs.length} 段，最多 ${BULLETIN_LIMITS.paragraphsPerItem} 段`)
  }
  split.subPoints.forEach((subPoint, i) => {
    const line = lineOf(split.subPointStarts[i] ?? { paragraph: 0, offset: 0 })
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
    log.error(first.unit.line, `${name.words}有 ${split.subPoints.length} 个分项，最多 ${BULLETIN_LIMITS.subPointsPerItem} 个`)
  }
  for (const skipped of split.skippedOrdinals) {
    log.warn(lineOf(skipped), `“${skipped.found}”前面缺少“${skipped.expected}”，已把它当作正文保留，请核对分项序号`)
  }
  return { lead, paragraphs: split.paragraphs, subPoints: split.subPoints }
}
