import { BULLETIN_LIMITS, type BulletinBody, type BulletinItem, type BulletinPoint } from './bulletin'
import type { BulletinFieldIssue } from './field-issue'
import { labelLike, matchItemLabel, type ItemLabelMatch } from './item-label'
import { placeLabel, type Outline, type Placement } from './outline'

/** The numbering open after each item's label and after each of its points' labels, as the parser will read them. */
export interface ItemOutlines {
  readonly item: Outline
  readonly points: readonly Outline[]
}

// An item's label: numbered in order, in the family of the first item. The placement it gets in `outline`
// (when there is one to read it in), or null.
function checkItemLabel(issues: BulletinFieldIssue[], item: BulletinItem, i: number, first: ItemLabelMatch | null, outline: Outline | null): Placement | null {
  const field = `items.${i}.label`
  const label = matchItemLabel(item.label)
  if (item.number !== i + 1) issues.push({ field, reason: `这是第 ${i + 1} 项，序号应为 ${i + 1}` })
  else if (!label || label.label !== item.label || label.length !== item.label.length) {
    issues.push({ field, reason: '编号应写成“1、”“1.”“一、”“（一）”或“（1）”这样' })
  } else if (label.number !== item.number) {
    issues.push({ field, reason: `编号“${item.label}”与序号 ${item.number} 不符` })
  } else if (first && label.style !== first.style) {
    issues.push({ field, reason: `编号格式应与第一项的“${first.label}”相同` })
  } else if (outline !== null) {
    const placed = placeLabel(outline, label)
    if (placed?.level === 1) return placed
    issues.push({ field, reason: `编号“${item.label}”和上一项的小点用了同一种编号，会被读成小点；请给小点换一种编号` })
  }
  return null
}

// The first label of a family the outline does not use yet, in GB/T 9704 order, for a message.
function unusedFamily(outline: Outline): string {
  const used = new Set(outline.map((level) => level.style))
  return ['（一）', '1.', '（1）', '一、'].find((example) => !used.has(matchItemLabel(`${example}字`)?.style ?? 'arabic')) ?? '（1）'
}

// A point's label: read at the level it has, numbered after the point before it at that level. The placement
// it gets in `outline` (when there is one to read it in), or null.
function checkPointLabel(issues: BulletinFieldIssue[], point: BulletinPoint, at: string, outline: Outline | null): Placement | null {
  const field = `${at}.label`
  const label = matchItemLabel(point.label)
  if (!label || label.label !== point.label || label.length !== point.label.length) {
    issues.push({ field, reason: '小点的编号应写成“（一）”“1.”或“（1）”这样' })
    return null
  }
  if (outline === null) return null
  if (point.level > outline.length + 1) {
    issues.push({ field, reason: `上面没有第 ${point.level - 1} 级的小点，这里不能是第 ${point.level} 级` })
    return null
  }
  const placed = placeLabel(outline, label)
  if (placed?.level === point.level) return placed
  const sibling = point.level <= outline.length ? outline[point.level - 1] : undefined
  const open = outline.findIndex((level) => level.style === label.style)
  if (sibling) {
    const want = labelLike(sibling, sibling.number + 1)
    const same = sibling.style === label.style
    issues.push({ field, reason: same ? `这一级上一个小点是“${sibling.label}”，这里应为“${want}”` : `同一级的编号要一样：上一个是“${sibling.label}”，这里应为“${want}”` })
  } else if (open !== -1) {
    issues.push({
      field,
      reason: `“${label.label}”和上面第 ${open + 1} 级用同一种编号，会被读成第 ${open + 1} 级；第 ${point.level} 级请换一种编号，如“${unusedFamily(outline)}”`,
    })
  } else {
    issues.push({ field, reason: `新一级的第一个小点应从“${labelLike(label, 1)}”编起` })
  }
  return null
}

/**
 * Checks every item's and point's label against the outline the parser will read: items numbered in order in
 * one family, each point at the level it claims, numbered after the point before it at that level, in a family
 * no level above it uses. The outlines after each label, or null when a label is wrong.
 */
export function checkOutline(issues: BulletinFieldIssue[], body: BulletinBody): ItemOutlines[] | null {
  const before = issues.length
  const first = matchItemLabel(body.items[0]?.label ?? '')
  const outlines: ItemOutlines[] = []
  // Null once a label is wrong: what comes after it cannot be placed, only checked for its form.
  let outline: Outline | null = []
  body.items.forEach((item, i) => {
    const at = `items.${i}`
    outline = checkItemLabel(issues, item, i, first, outline)?.outline ?? null
    const itemOutline = outline
    const points: Outline[] = []
    if (item.points.length > BULLETIN_LIMITS.pointsPerItem) {
      issues.push({ field: `${at}.points`, reason: `每项下最多 ${BULLETIN_LIMITS.pointsPerItem} 个小点` })
    }
    item.points.forEach((point, k) => {
      outline = checkPointLabel(issues, point, `${at}.points.${k}`, outline)?.outline ?? null
      if (outline) points.push(outline)
    })
    if (itemOutline) outlines.push({ item: itemOutline, points })
  })
  return issues.length > before ? null : outlines
}
