import { BULLETIN_LIMITS } from './bulletin'
import { labelLike, type ItemLabelMatch } from './item-label'

/**
 * The levels open at some point of a bulletin: for each, the last label read there, the items' level first.
 * A label continues the level of its family with the next number, or opens a level below the last with its
 * first number: 一、 → （一） → 1. → （1） as GB/T 9704 numbers them, or 1、 → （1） as a work brief may.
 */
export type Outline = readonly ItemLabelMatch[]

/** Where a label goes: its level (1 for an item) and the outline after it. */
export interface Placement {
  readonly level: number
  readonly outline: Outline
}

/**
 * Places a label read at this point of the text, or null when it neither continues an open level nor opens
 * the next one (a jump, a repeat, a fifth level): such a label is kept as the start of a paragraph.
 */
export function placeLabel(outline: Outline, label: ItemLabelMatch): Placement | null {
  const at = outline.findIndex((open) => open.style === label.style)
  if (at !== -1) {
    const open = outline[at]
    return open && label.number === open.number + 1 ? { level: at + 1, outline: [...outline.slice(0, at), label] } : null
  }
  if (label.number !== 1 || outline.length >= BULLETIN_LIMITS.levels) return null
  return { level: outline.length + 1, outline: [...outline, label] }
}

/** Why a label read at the start of a line was kept as text, for the warning staff see. */
export function whyNotPlaced(outline: Outline, label: ItemLabelMatch): string {
  const open = outline.find((level) => level.style === label.style)
  if (open) return `编号不连续：前面是“${open.label}”，这里应为“${labelLike(open, open.number + 1)}”，却是“${label.label}”`
  if (label.number === 1) return `编号超过 ${BULLETIN_LIMITS.levels} 层，“${label.label}”读不出是哪一层`
  return `“${label.label}”前面没有“${labelLike(label, 1)}”`
}
