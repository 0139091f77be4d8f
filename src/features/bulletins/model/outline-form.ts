import { POINT_LEVELS, type BulletinPointLevel } from '../../../domain/bulletins/bulletin'
import { labelLike, matchItemLabel, type ItemLabelMatch } from '../../../domain/bulletins/item-label'
import { matchSubPointOrdinal, ordinalText } from '../../../domain/bulletins/sub-point-ordinal'

/** One sub-point (一是…) as the form edits it; `key` keeps React rows stable while points are added and removed. */
export interface SubPointForm {
  readonly key: string
  readonly ordinal: string
  /** Several paragraphs, one per line. */
  readonly text: string
}

/** One point below an item ((一), 1., (1)) as the form edits it. */
export interface PointForm {
  readonly key: string
  readonly level: BulletinPointLevel
  readonly label: string
  readonly lead: string
  /** Paragraphs after the lead, one per line. */
  readonly paragraphs: string
  readonly subPoints: readonly SubPointForm[]
}

let keys = 0

/** A key no other row of the form has. */
export function nextKey(prefix: string): string {
  keys += 1
  return `${prefix}-${keys}`
}

/** Sub-points numbered in the family of the first (一是 / ①). */
export function renumberSubPoints(points: readonly SubPointForm[]): SubPointForm[] {
  const style = matchSubPointOrdinal(points[0]?.ordinal ?? '')?.style ?? 'shi'
  return points.map((point, j) => ({ ...point, ordinal: ordinalText(style, j + 1) }))
}

// Where the points below point `k` end: the first point after it at its level or above.
function subtreeEnd(points: readonly PointForm[], k: number): number {
  const level = points[k]?.level ?? 2
  let end = k + 1
  while (end < points.length && (points[end]?.level ?? 2) > level) end += 1
  return end
}

/** True when the point can move one level up (（二） under 一、 stays; 1. under （一） can become （二）). */
export function canPromote(points: readonly PointForm[], k: number): boolean {
  return (points[k]?.level ?? 2) > 2
}

/**
 * True when the point can move one level down: there is a point at its level before it to sit under, and
 * nothing below it would go past the fourth level.
 */
export function canDemote(points: readonly PointForm[], k: number): boolean {
  const point = points[k]
  if (!point) return false
  let before = k - 1
  while (before >= 0 && (points[before]?.level ?? 2) > point.level) before -= 1
  if (before < 0 || points[before]?.level !== point.level) return false
  const deepest = Math.max(...points.slice(k, subtreeEnd(points, k)).map((entry) => entry.level))
  return deepest < 4
}

/**
 * Moves a point one level up (`by` -1) or down (+1), with the points below it: what the parser read as a
 * level too deep or too shallow. The points after it at its old level become its own when it moves up.
 * Unchanged when the move is not possible.
 */
export function shiftPoint(points: readonly PointForm[], k: number, by: 1 | -1): PointForm[] {
  if (by === -1 ? !canPromote(points, k) : !canDemote(points, k)) return [...points]
  const end = subtreeEnd(points, k)
  return points.map((point, i) => (i >= k && i < end ? { ...point, level: (point.level + by) as BulletinPointLevel } : point))
}

/** Removes a point; the points below it move up a level into its place, so nothing else is lost. */
export function removePoint(points: readonly PointForm[], k: number): PointForm[] {
  const end = subtreeEnd(points, k)
  return points.flatMap((point, i) => {
    if (i === k) return []
    return i > k && i < end ? [{ ...point, level: (point.level - 1) as BulletinPointLevel }] : [point]
  })
}

/** A new, empty point at the second level, at the end of the item. */
export function appendPoint(points: readonly PointForm[]): PointForm[] {
  return [...points, { key: nextKey('point'), level: 2, label: '', lead: '', paragraphs: '', subPoints: [] }]
}

// GB/T 9704's families in order, to number a level no point has yet.
const STANDARD_LABELS = ['一、', '（一）', '1.', '（1）'] as const
const STANDARD = STANDARD_LABELS.map((label) => matchItemLabel(`${label}x`)).filter((match): match is ItemLabelMatch => match !== null)

// The standard families that come after `above` in GB/T 9704's order, then the ones before it.
function standardAfter(above: ItemLabelMatch | undefined): ItemLabelMatch[] {
  const at = STANDARD.findIndex((match) => match.style === above?.style)
  return [...STANDARD.slice(at + 1), ...STANDARD.slice(0, at + 1)]
}

/**
 * How each level is numbered, the item's first: the family of the first point already at that level (this
 * item's, else another item's), else the GB/T 9704 family after the level above that no level above uses
 * (（一） below 一、, （1） below 1、).
 */
export function levelTemplates(itemLabel: string, own: readonly PointForm[], others: readonly PointForm[]): ItemLabelMatch[] {
  const first = matchItemLabel(itemLabel) ?? matchItemLabel('1、x')
  const templates: ItemLabelMatch[] = first ? [first] : []
  for (const level of POINT_LEVELS) {
    const used = new Set(templates.map((template) => template.style))
    const found = [...own, ...others]
      .filter((point) => point.level === level)
      .map((point) => matchItemLabel(point.label))
      .find((match): match is ItemLabelMatch => match !== null && !used.has(match.style))
    const template = found ?? standardAfter(templates[templates.length - 1]).find((match) => !used.has(match.style))
    if (template) templates.push(template)
  }
  return templates
}

/**
 * Numbers the points 1, 2, 3… under their parent, each level in its family (`templates[level - 1]`); a point
 * already in its level's family keeps the way it was typed (（１） stays full-width).
 */
export function numberPoints(points: readonly PointForm[], templates: readonly ItemLabelMatch[]): PointForm[] {
  const counters = [0, 0, 0, 0, 0]
  return points.map((point) => {
    counters[point.level] = (counters[point.level] ?? 0) + 1
    for (let deeper = point.level + 1; deeper < counters.length; deeper++) counters[deeper] = 0
    const template = templates[point.level - 1]
    if (!template) return point
    const own = matchItemLabel(point.label)
    const like = own && own.style === template.style ? own : template
    return { ...point, label: labelLike(like, counters[point.level] ?? 1) }
  })
}
