import { assembleUnits, lineAt, type BodyUnit } from './body-units'
import { BULLETIN_LIMITS, type BulletinBody, type BulletinItem, type BulletinPoint, type BulletinPointLevel } from './bulletin'
import { countBodyChars } from './count-body-chars'
import { labelLike, matchItemLabel, type ItemLabelMatch } from './item-label'
import { leadLength } from './lead-sentence'
import { isBodyLine, startsBlock } from './line-grammar'
import { placeLabel, whyNotPlaced, type Outline, type Placement } from './outline'
import { readClosing } from './parse-closing'
import { endsSentence, isColon } from './punctuation'
import { readHeader } from './parse-header'
import { readNode, type UnitSlice } from './parse-item'
import { createParseLog, preview, type ParseLog } from './parse-log'
import type { ParseResult } from './parse-result'
import { runInLabels, type RunInLabel } from './run-in'
import { splitSourceLines } from './source-lines'

/** Pasted text longer than this is refused before any work: it is not one bulletin. */
export const MAX_PASTED_CHARS = BULLETIN_LIMITS.pastedChars

// An item or a point as found: its label, its level, where its lead ends in its first slice's paragraph, and
// the stretches of text that are its own.
interface NodeDraft {
  readonly label: ItemLabelMatch
  readonly level: number
  readonly line: number
  readonly slices: UnitSlice[]
  leadEnd: number
}

/**
 * Parses a plain-text bulletin as staff paste it (see the reference 工作简报 第 10 期) into a structured
 * bulletin. Pure: it reads only its argument and changes nothing, so a refused text leaves no trace;
 * the caller stores the result only when `ok` is true. Every refusal names its line and reason. Text whose
 * structure cannot be read stays a paragraph; only what cannot be read at all (no title, no body, a date
 * or an issue number that does not exist, text after the closing block, a limit passed) is refused.
 *
 * The grammar, top to bottom:
 * - header: an optional masthead (工作简报), 第 N 期, the issuer and the date, each on its own line or the
 *   issuer beside the issue or the date; the title is the last line before the first body line;
 * - body lines start at the first line with a sentence end, an item label, a closing label or a final colon;
 *   a paragraph that does not end a sentence continues on the next non-blank line unless that line starts
 *   an item, a sub-point or a closing field (page-break debris); page numbers alone on a line are skipped;
 * - intro paragraphs, then the numbered outline to four levels: items and the points below them, each with
 *   its lead (the first sentence), paragraphs, and in-line sub-points 一是/① in order. A label (一、 （一）
 *   1. 1、 （1） in full- or half-width forms) starts a line or runs in after a sentence end or a colon; its
 *   family and number place it (`placeLabel`), and one that fits nowhere stays text, with a warning when it
 *   starts a line;
 * - the closing block: 报, 发, 抄送 (lists split on 、), 责任编辑, 联系电话, in any order, each once.
 */
export function parseBulletin(text: string): ParseResult {
  if (text.length > MAX_PASTED_CHARS) {
    return { ok: false, errors: [{ line: 1, reason: `文本太长（超过 ${MAX_PASTED_CHARS} 字），一次只能导入一期简报` }] }
  }
  const log = createParseLog()
  const lines = splitSourceLines(text)
  if (lines.every((line) => line.furniture !== null)) return { ok: false, errors: [{ line: 1, reason: '没有内容' }] }
  for (const line of lines) {
    if (line.furniture) log.recognise(line.number, line.furniture === 'page-number' ? 'pageNumber' : 'decoration', line.text)
  }

  const { header, title, bodyStart } = readHeader(lines, log)
  const units = assembleUnits(lines.slice(bodyStart), log)

  const body: BodyUnit[] = []
  const closing: BodyUnit[] = []
  for (const unit of units) {
    if (unit.kind === 'distribution' || unit.kind === 'closing') closing.push(unit)
    else if (closing.length > 0) log.error(unit.line, `结尾（报、发、责任编辑、联系电话）之后不应再有正文：“${preview(unit.text)}”`)
    else body.push(unit)
  }
  const { intro, nodes } = readOutline(body, log)
  if (intro.length > BULLETIN_LIMITS.introParagraphs) {
    log.error(units[0]?.line ?? 1, `标题后、第一项前的导语有 ${intro.length} 段，最多 ${BULLETIN_LIMITS.introParagraphs} 段`)
  }
  const items = readItems(nodes, log)
  const { distribution, editor, phone } = readClosing(closing, log)

  if (title && intro.length === 0 && items.length === 0) log.error(title.line, '标题之后没有正文')
  if (!title || log.errors.length > 0) return { ok: false, errors: sortByLine(log.errors) }

  const bulletinBody: BulletinBody = { title: title.text, intro, items, distribution, editor, phone }
  const chars = countBodyChars(bulletinBody)
  if (chars > BULLETIN_LIMITS.bodyChars) {
    return { ok: false, errors: [{ line: 1, reason: `正文共 ${chars} 字，超过 ${BULLETIN_LIMITS.bodyChars} 字的上限` }] }
  }
  return {
    ok: true,
    bulletin: { header, body: bulletinBody },
    report: [...log.report].sort((a, b) => a.line - b.line),
    warnings: sortByLine(log.warnings),
  }
}

function readIntroParagraph(unit: BodyUnit, intro: string[], log: ParseLog): void {
  // Joined to a short line below it, a first line ending in a colon can lose what marked it as text.
  if (intro.length === 0 && !isBodyLine(unit.text)) {
    log.error(unit.line, `读不出“${preview(unit.text)}”是标题还是正文：正文段落应以句号等结尾`)
  }
  if (unit.text.length > BULLETIN_LIMITS.paragraphChars) {
    log.error(unit.line, `段落超过 ${BULLETIN_LIMITS.paragraphChars} 字，请分段（“${preview(unit.text)}”）`)
  }
  intro.push(unit.text)
  log.recognise(unit.line, 'intro', unit.text)
}

/**
 * Walks the body in order and cuts it into the intro and the items and points: a label at the start of a
 * line or run in after a sentence starts one when `placeLabel` finds it a place; everything else is the text
 * of the last one started (the intro before the first item, where nothing runs in).
 */
function readOutline(units: readonly BodyUnit[], log: ParseLog): { intro: string[]; nodes: NodeDraft[] } {
  const intro: string[] = []
  const nodes: NodeDraft[] = []
  let outline: Outline = []
  const firstOfFamily = new Map<string, { label: ItemLabelMatch; line: number }>()
  let mixedWarned = false

  const start = (label: ItemLabelMatch, level: number, line: number): NodeDraft => {
    const first = firstOfFamily.get(label.style)
    if (!first) firstOfFamily.set(label.style, { label, line })
    else if (!mixedWarned && (label.prefix !== first.label.prefix || label.suffix !== first.label.suffix)) {
      mixedWarned = true
      log.warn(line, `编号写法不统一：第 ${first.line} 行是“${first.label.label}”，这里是“${label.label}”`)
    }
    const node: NodeDraft = { label, level, line, slices: [], leadEnd: 0 }
    nodes.push(node)
    return node
  }
  // The first label run in from `from` that has a place, and that place. After a lead the rest is read as
  // the line it prints as: on its own, from its first character, so nothing before it colours its punctuation.
  const skipped = new Set<string>()
  const nextPlaced = (unit: BodyUnit, from: number, afterLead: boolean): { runIn: RunInLabel; placed: Placement } | null => {
    const offset = afterLead ? from : 0
    const candidates = afterLead ? runInLabels(unit.text.slice(from), 0, true) : runInLabels(unit.text, from)
    for (const candidate of candidates) {
      const runIn = { offset: candidate.offset + offset, label: candidate.label }
      const placed = placeLabel(outline, runIn.label)
      if (placed) return { runIn, placed }
      // （一）…（三）: a number skipped in the middle of a paragraph is kept as text, and worth a word.
      const open = outline.find((level) => level.style === runIn.label.style)
      const where = lineAt(unit, runIn.offset)
      if (open && runIn.label.number > open.number + 1 && !skipped.has(`${where}:${runIn.label.label}`)) {
        skipped.add(`${where}:${runIn.label.label}`)
        log.warn(where, `“${runIn.label.label}”前面缺少“${labelLike(open, open.number + 1)}”，已把它当作正文保留，请核对编号`)
      }
    }
    return null
  }

  units.forEach((unit, index) => {
    const { text } = unit
    // Labels run in only where the paragraph ends for good (a sentence end, a colon, a block or nothing after
    // it): cut into lines, its last line then stands alone too, as it must once printed.
    const next = units[index + 1]
    const splits = endsSentence(text) || isColon(text[text.length - 1]) || next === undefined || startsBlock(next.text)
    let owner = nodes[nodes.length - 1]
    let pos = 0
    let inLead = false
    const label = unit.kind === 'item' ? matchItemLabel(text) : null
    if (label) {
      const hasText = text.slice(label.length).trim() !== ''
      const placed = hasText ? placeLabel(outline, label) : null
      if (placed) {
        outline = placed.outline
        owner = start(label, placed.level, unit.line)
        pos = label.length
        inLead = true
      } else {
        const why = hasText ? whyNotPlaced(outline, label) : `“${label.label}”后面没有内容`
        log.warn(unit.line, `${why}，已把这一段当作正文保留，请核对编号`)
      }
    }
    if (!owner) {
      readIntroParagraph(unit, intro, log)
      return
    }
    let sliceStart = pos
    for (;;) {
      // A lead is cut before the next label run in, and read on its own: printed, it is a line of its own,
      // and what follows it is read afresh (outside any quotation it left open).
      const found = splits ? nextPlaced(unit, pos, !inLead && pos > 0) : null
      if (inLead) {
        const end = found?.runIn.offset ?? text.length
        owner.leadEnd = pos + leadLength(text.slice(pos, end))
        if (found === null || owner.leadEnd < end) {
          pos = owner.leadEnd
          while (text[pos] === ' ') pos += 1
          inLead = false
          continue
        }
      }
      if (found === null) break
      owner.slices.push({ unit, start: sliceStart, end: found.runIn.offset })
      outline = found.placed.outline
      owner = start(found.runIn.label, found.placed.level, lineAt(unit, found.runIn.offset))
      pos = sliceStart = found.runIn.offset + found.runIn.label.length
      inLead = true
    }
    owner.slices.push({ unit, start: sliceStart, end: text.length })
  })
  return { intro, nodes }
}

/** Reads each item and point, and hangs the points under the item they follow. */
function readItems(nodes: readonly NodeDraft[], log: ParseLog): BulletinItem[] {
  const items: { item: BulletinItem; points: BulletinPoint[] }[] = []
  for (const node of nodes) {
    const current = items[items.length - 1]
    if (node.level === 1) {
      if (items.length === BULLETIN_LIMITS.items) log.error(node.line, `条目超过 ${BULLETIN_LIMITS.items} 项`)
      const reading = readNode(node.label, node.slices, node.leadEnd, { words: `第 ${node.label.number} 项`, kind: 'item' }, log)
      const points: BulletinPoint[] = []
      items.push({ item: { number: node.label.number, label: node.label.label, ...reading, points }, points })
    } else if (current) {
      if (current.points.length === BULLETIN_LIMITS.pointsPerItem) {
        log.error(node.line, `第 ${current.item.number} 项下的小点超过 ${BULLETIN_LIMITS.pointsPerItem} 个`)
      }
      const words = `第 ${current.item.number} 项的“${node.label.label}”`
      const reading = readNode(node.label, node.slices, node.leadEnd, { words, kind: 'point' }, log)
      current.points.push({ level: node.level as BulletinPointLevel, label: node.label.label, ...reading })
    }
  }
  return items.map((entry) => entry.item)
}

function sortByLine<T extends { readonly line: number }>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => a.line - b.line)
}
