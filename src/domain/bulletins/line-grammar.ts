import { BULLETIN_LIMITS } from './bulletin'
import { matchClosingLabel } from './closing-line'
import { matchItemLabel } from './item-label'
import { leadLength } from './lead-sentence'
import { endsSentence, hasSentencePunctuation, hasSentenceEnd, isColon, nextQuoteDepth } from './punctuation'
import { matchSubPointOrdinal } from './sub-point-ordinal'

/**
 * Items whose line has no sentence punctuation and is at most this long are headings (加强工会经费管理工作).
 * A page break that cuts an item's first printed line leaves a fragment as wide as that line, 26 to 33
 * characters on A4 at the usual sizes, so a fragment is not mistaken for a heading.
 */
export const HEADING_MAX_CHARS = 20

// No item or closing label is longer than this (（十一）, 责任编辑：).
const LABEL_LOOKAHEAD = 12

/** What a line of the body starts. */
export type UnitKind = 'item' | 'distribution' | 'closing' | 'plain'

/** Classifies a line by how it starts: an item label, a closing label, or plain text. */
export function unitKindOf(line: string): UnitKind {
  const closing = matchClosingLabel(line)
  if (closing === 'reportTo' || closing === 'sendTo' || closing === 'copyTo') return 'distribution'
  if (closing !== null) return 'closing'
  return matchItemLabel(line) ? 'item' : 'plain'
}

/** True for a line that starts a new block (a label, a sub-point, a closing field): nothing before it runs into it. */
export function startsBlock(line: string): boolean {
  return unitKindOf(line) !== 'plain' || matchSubPointOrdinal(line) !== null
}

// An item line that is only a short heading (加强工会经费管理工作) rather than the start of running text.
function isItemHeading(line: string): boolean {
  const label = matchItemLabel(line)
  if (!label) return false
  const rest = line.slice(label.length)
  return (
    rest !== '' &&
    rest.length <= HEADING_MAX_CHARS &&
    !hasSentencePunctuation(rest) &&
    leadLength(rest) === rest.length &&
    quotesBalanced(rest)
  )
}

// “两项 cut by a page break before its closing quote is a fragment, never a heading.
function quotesBalanced(text: string): boolean {
  let depth = 0
  for (const ch of text) depth = nextQuoteDepth(depth, ch)
  return depth === 0
}

/**
 * The page-break rule: a paragraph that does not end a sentence (。！？；… or a closing quote after one)
 * or a colon continues on the next line, unless that line starts a block. A wrapped 报/发 list always continues;
 * an item heading, an editor or a phone line never does. `next` is null at the end of the text.
 */
export function continuesInto(current: string, kind: UnitKind, next: string | null): boolean {
  if (next === null || startsBlock(next)) return false
  if (kind === 'closing') return false
  // 十 followed by 、发：…… would join into an item label; two such lines stay apart. Labels are read from
  // the first few characters only, so a longer line cannot change kind by growing.
  if (current.length < LABEL_LOOKAHEAD && unitKindOf(joinLines(current, next)) !== kind) return false
  if (kind === 'distribution') return true
  if (kind === 'item' && isItemHeading(current)) return false
  // A line ending in a colon is a salutation (各县市区总工会：) or introduces what follows (现将有关事项通知如下：);
  // either way the next line is a paragraph of its own. A page break landing exactly after a colon is too rare
  // to read every notice's salutation as run-on text.
  if (isColon(current[current.length - 1])) return false
  return !endsSentence(current)
}

/** Joins a line cut by a page break to its continuation: Chinese joins directly, two latin words keep a space. */
export function joinLines(before: string, after: string): string {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? `${before} ${after}` : `${before}${after}`
}

/**
 * True when a line reads as body text rather than a header line or a title: it starts an item or a
 * closing field, has a sentence end, ends with a colon (现将……简报如下：) or is longer than a title can be.
 */
export function isBodyLine(line: string): boolean {
  return (
    unitKindOf(line) !== 'plain' || hasSentenceEnd(line) || isColon(line[line.length - 1]) || line.length > BULLETIN_LIMITS.titleChars
  )
}
