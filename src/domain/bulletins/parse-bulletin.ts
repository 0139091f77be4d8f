import { assembleUnits, type BodyUnit } from './body-units'
import { BULLETIN_LIMITS, type BulletinBody, type BulletinItem } from './bulletin'
import { countBodyChars } from './count-body-chars'
import { labelLike, matchItemLabel, type ItemLabelMatch } from './item-label'
import { isBodyLine } from './line-grammar'
import { readClosing } from './parse-closing'
import { readHeader } from './parse-header'
import { readItem } from './parse-item'
import { createParseLog, preview, type ParseLog } from './parse-log'
import type { ParseResult } from './parse-result'
import { splitSourceLines } from './source-lines'

/** Pasted text longer than this is refused before any work: it is not one bulletin. */
export const MAX_PASTED_CHARS = BULLETIN_LIMITS.pastedChars

interface ItemDraft {
  readonly unit: BodyUnit
  readonly label: ItemLabelMatch
  readonly following: BodyUnit[]
}

/**
 * Parses a plain-text bulletin as staff paste it (see the reference 工作简报 第 10 期) into a structured
 * bulletin. Pure: it reads only its argument and changes nothing, so a refused text leaves no trace;
 * the caller stores the result only when `ok` is true. Every refusal names its line and reason.
 *
 * The grammar, top to bottom:
 * - header: an optional masthead (工作简报), 第 N 期, the issuer and the date, each on its own line or the
 *   issuer beside the issue or the date; the title is the last line before the first body line;
 * - body lines start at the first line with a sentence end, an item label, a closing label or a final colon;
 *   a paragraph that does not end a sentence continues on the next non-blank line unless that line starts
 *   an item, a sub-point or a closing field (page-break debris); page numbers alone on a line are skipped;
 * - intro paragraphs, then items 1、/1./1)/一、/（一）/(一) numbered from 1 without gaps, each with its lead
 *   (the first sentence), paragraphs, and sub-points 一是/（1）/① in order;
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

  const intro: string[] = []
  const drafts: ItemDraft[] = []
  const closing: BodyUnit[] = []
  for (const unit of units) {
    if (unit.kind === 'distribution' || unit.kind === 'closing') {
      closing.push(unit)
      continue
    }
    if (closing.length > 0) {
      log.error(unit.line, `结尾（报、发、责任编辑、联系电话）之后不应再有正文：“${preview(unit.text)}”`)
      continue
    }
    const label = unit.kind === 'item' ? matchItemLabel(unit.text) : null
    if (label) drafts.push({ unit, label, following: [] })
    else if (drafts.length > 0) drafts[drafts.length - 1]?.following.push(unit)
    else readIntroParagraph(unit, intro, log)
  }
  if (intro.length > BULLETIN_LIMITS.introParagraphs) {
    log.error(units[0]?.line ?? 1, `标题后、第一项前的导语有 ${intro.length} 段，最多 ${BULLETIN_LIMITS.introParagraphs} 段`)
  }

  checkNumbering(drafts, log)
  const items: BulletinItem[] = drafts.map((draft) => readItem(draft.unit, draft.label, draft.following, log))
  const { distribution, editor, phone } = readClosing(closing, log)

  if (title && intro.length === 0 && items.length === 0) log.error(title.line, '标题之后没有正文')
  if (!title || log.errors.length > 0) return { ok: false, errors: sortByLine(log.errors) }

  const body: BulletinBody = { title: title.text, intro, items, distribution, editor, phone }
  const chars = countBodyChars(body)
  if (chars > BULLETIN_LIMITS.bodyChars) {
    return { ok: false, errors: [{ line: 1, reason: `正文共 ${chars} 字，超过 ${BULLETIN_LIMITS.bodyChars} 字的上限` }] }
  }
  return {
    ok: true,
    bulletin: { header, body },
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

// Items run 1, 2, 3… in one numbering family; a jump, a repeat or a change of family is refused.
function checkNumbering(drafts: readonly ItemDraft[], log: ParseLog): void {
  const first = drafts[0]
  if (!first) return
  if (drafts.length > BULLETIN_LIMITS.items) {
    const extra = drafts[BULLETIN_LIMITS.items]
    log.error(extra?.unit.line ?? first.unit.line, `条目超过 ${BULLETIN_LIMITS.items} 项`)
  }
  let expected = 1
  let previous: ItemDraft | null = null
  let mixedWarned = false
  for (const draft of drafts) {
    const { label, unit } = draft
    if (label.style !== first.label.style) {
      log.error(
        unit.line,
        `编号格式不一致：第 ${first.unit.line} 行用“${first.label.label}”，这里用“${label.label}”；简报只能有一层编号，小点请写成“一是”“（1）”`,
      )
    } else if (label.number !== expected) {
      const want = labelLike(previous?.label ?? first.label, expected)
      const after = previous ? `第 ${previous.unit.line} 行是“${previous.label.label}”，` : ''
      log.error(unit.line, `编号不连续：${after}这里应为“${want}”，却是“${label.label}”`)
    } else if (!mixedWarned && label.suffix !== first.label.suffix) {
      mixedWarned = true
      log.warn(unit.line, `编号写法不统一：第 ${first.unit.line} 行是“${first.label.label}”，这里是“${label.label}”`)
    }
    expected = label.number + 1
    previous = draft
  }
}

function sortByLine<T extends { readonly line: number }>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => a.line - b.line)
}
