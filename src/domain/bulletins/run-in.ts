import { matchItemLabel, type ItemLabelMatch } from './item-label'
import { isColon, isSentenceEndAt, lastIndexBeforeClosers, nextQuoteDepth } from './punctuation'

/**
 * True when something numbered may start at `j` of a paragraph: at its start, or after a sentence end or a
 * colon (closing quotes between them allowed, and one space after): ……活力。二是…… and 主要有：（一）…… but
 * not 统一是 or 第（一）条.
 */
export function isRunInBoundary(text: string, j: number): boolean {
  if (j === 0) return true
  const before = text[j - 1] === ' ' ? j - 2 : j - 1
  const k = lastIndexBeforeClosers(text, before + 1)
  return k >= 0 && (isSentenceEndAt(text, k) || isColon(text[k]))
}

// No label is longer than this, a space after it included: （十一） , １２、.
const LABEL_CHARS = 12

/** A numbering label run in after a sentence, where it was found and how it reads. */
export interface RunInLabel {
  readonly offset: number
  readonly label: ItemLabelMatch
}

/**
 * The labels run in after a sentence end or a colon in `text`, from `from` on, outside quotation marks (counted
 * from `from`, where a printed line would start) and with text after them: 。（一）健全组织；（二）完善制度 gives
 * （一） and （二）. A label at `from` itself counts only when `atFrom` says so (after a lead, not at the start of
 * a line, which is read as a line). Whether one starts a point depends on the outline so far (`placeLabel`).
 */
export function runInLabels(text: string, from = 0, atFrom = false): RunInLabel[] {
  const found: RunInLabel[] = []
  let depth = 0
  for (let j = from; j < text.length; j++) {
    if ((j > from || atFrom) && depth === 0 && isRunInBoundary(text, j)) {
      // A label is read from its first few characters; slicing no more keeps a long paragraph linear.
      const label = matchItemLabel(text.slice(j, j + LABEL_CHARS))
      if (label && text.slice(j + label.length).trim() !== '') found.push({ offset: j, label })
    }
    depth = nextQuoteDepth(depth, text[j] ?? '')
  }
  return found
}
