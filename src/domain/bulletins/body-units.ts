import { continuesInto, joinLines, unitKindOf, type UnitKind } from './line-grammar'
import type { ParseLog } from './parse-log'
import { CLOSERS } from './punctuation'
import type { SourceLine } from './source-lines'

/** One paragraph of the body as pasted, with page-break debris rejoined. */
export interface BodyUnit {
  readonly kind: UnitKind
  readonly text: string
  /** The line it starts on. */
  readonly line: number
  /** Where each joined line starts in `text`, to give the line of anything found inside it. */
  readonly pieces: readonly { readonly offset: number; readonly line: number }[]
}

interface Draft {
  readonly kind: UnitKind
  readonly line: number
  readonly parts: string[]
  readonly pieces: { offset: number; line: number }[]
  length: number
}

const VIEW_EDGE = 32

// The page-break rule reads only the start of a paragraph (its label) and its end (its last sentence end),
// so a long paragraph is judged by its two ends: a paragraph cut into thousands of lines costs no more.
function view(draft: Draft): string {
  if (draft.length <= 2 * VIEW_EDGE) return draft.parts.join('')
  let head = ''
  for (const part of draft.parts) {
    head += part
    if (head.length >= VIEW_EDGE) break
  }
  let tail = ''
  for (let i = draft.parts.length - 1; i >= 0; i--) {
    tail = `${draft.parts[i] ?? ''}${tail}`
    if (tail.length >= VIEW_EDGE && [...tail.slice(1)].some((ch) => !CLOSERS.has(ch))) break
  }
  // A separator that is neither a closer nor punctuation keeps the two ends from reading as one.
  return `${head.slice(0, VIEW_EDGE)}\u2063${tail}`
}

/** Joins body lines into paragraphs by the page-break rule and drops page numbers and ornament lines. */
export function assembleUnits(lines: readonly SourceLine[], log: ParseLog): BodyUnit[] {
  const drafts: Draft[] = []
  for (const line of lines) {
    if (line.furniture !== null) continue
    const current = drafts[drafts.length - 1]
    if (current && continuesInto(view(current), current.kind, line.text)) {
      const last = current.parts[current.parts.length - 1] ?? ''
      const part = joinLines(last, line.text).slice(last.length)
      current.pieces.push({ offset: current.length + part.length - line.text.length, line: line.number })
      current.parts.push(part)
      current.length += part.length
      log.recognise(line.number, 'continuation', `接第 ${current.line} 行：${line.text}`)
      continue
    }
    drafts.push({
      kind: unitKindOf(line.text),
      line: line.number,
      parts: [line.text],
      pieces: [{ offset: 0, line: line.number }],
      length: line.text.length,
    })
  }
  return drafts.map((draft) => ({ kind: draft.kind, text: draft.parts.join(''), line: draft.line, pieces: draft.pieces }))
}

/** The pasted line that holds the character at `offset` of a unit. */
export function lineAt(unit: BodyUnit, offset: number): number {
  let line = unit.line
  for (const piece of unit.pieces) if (piece.offset <= offset) line = piece.line
  return line
}
