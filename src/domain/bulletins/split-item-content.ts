import type { BulletinSubPoint } from './bulletin'
import { nextQuoteDepth } from './punctuation'
import { isRunInBoundary } from './run-in'
import { matchSubPointOrdinal, ordinalText, type SubPointStyle } from './sub-point-ordinal'

/** Where something starts in an item's content: which paragraph, and the offset in it. */
export interface ContentPosition {
  readonly paragraph: number
  readonly offset: number
}

/** An item's content after its lead, split into plain paragraphs and sub-points. */
export interface ItemContent {
  readonly paragraphs: string[]
  /** Where each plain paragraph starts, in the same order as `paragraphs`. */
  readonly paragraphStarts: ContentPosition[]
  readonly subPoints: BulletinSubPoint[]
  /** Where each sub-point's ordinal was found, in the same order as `subPoints`. */
  readonly subPointStarts: ContentPosition[]
  /** Ordinals that skip a number (三是 after 一是): kept as text, worth a warning. */
  readonly skippedOrdinals: (ContentPosition & { readonly found: string; readonly expected: string })[]
}

/**
 * Splits an item's content (the rest of its first paragraph after the lead, then its other paragraphs)
 * into plain paragraphs and sub-points. The first sub-point must be numbered 1 and the others follow in
 * order in the same family; a sub-point runs until the next one or the end of the item.
 */
export function splitItemContent(paragraphs: readonly string[]): ItemContent {
  const plain: string[] = []
  const paragraphStarts: ContentPosition[] = []
  const subPoints: BulletinSubPoint[] = []
  const subPointStarts: ContentPosition[] = []
  const skippedOrdinals: ItemContent['skippedOrdinals'] = []
  let style: SubPointStyle | null = null
  let expected = 1
  let current: { ordinal: string; parts: string[] } | null = null

  const close = (): void => {
    if (current) subPoints.push({ ordinal: current.ordinal, text: current.parts.filter((p) => p !== '').join('\n') })
  }
  const addText = (text: string, position: ContentPosition): void => {
    const trimmed = text.trim()
    if (current) current.parts.push(trimmed)
    else if (trimmed !== '') {
      plain.push(trimmed)
      paragraphStarts.push(position)
    }
  }

  paragraphs.forEach((paragraph, index) => {
    let depth = 0
    let pieceStart = 0
    for (let j = 0; j < paragraph.length; j++) {
      if (depth === 0 && isRunInBoundary(paragraph, j)) {
        const match = matchSubPointOrdinal(paragraph.slice(j))
        if (match) {
          // An ordinal with nothing after it (……建设驿站。二是) is a typo, kept as text.
          const hasText = paragraph.slice(j + match.length).trim() !== ''
          const starts = hasText && (style === null ? match.number === 1 : match.style === style && match.number === expected)
          if (starts) {
            addText(paragraph.slice(pieceStart, j), { paragraph: index, offset: pieceStart })
            close()
            style = match.style
            expected = match.number + 1
            current = { ordinal: match.ordinal, parts: [] }
            subPointStarts.push({ paragraph: index, offset: j })
            pieceStart = j + match.length
            j += match.length - 1
            continue
          }
          if ((style === null || match.style === style) && match.number > expected) {
            skippedOrdinals.push({
              paragraph: index,
              offset: j,
              found: match.ordinal,
              expected: ordinalText(style ?? match.style, expected),
            })
          }
        }
      }
      depth = nextQuoteDepth(depth, paragraph[j] ?? '')
    }
    addText(paragraph.slice(pieceStart), { paragraph: index, offset: pieceStart })
  })
  close()
  return { paragraphs: plain, paragraphStarts, subPoints, subPointStarts, skippedOrdinals }
}
