import { isCalendarDate, toIsoDate } from './calendar-date'
import { parseChineseDigits, parseChineseNumeral } from './chinese-numerals'
import { foldWidth } from './fold-width'

/** A date printed in the header; `iso` is null when it is written like a date but does not exist (2017年2月30日). */
export interface HeaderDate {
  readonly iso: string | null
  readonly printed: string
}

/** What one header line holds. */
export type HeaderLine =
  | { readonly kind: 'masthead' }
  | {
      readonly kind: 'fields'
      /** 第 N 期; 0 when printed as 第0期 (refused by the parser). */
      readonly issueNumber: number | null
      readonly issuePrinted: string | null
      readonly date: HeaderDate | null
      /** What is left on the line beside the issue or date, e.g. 荆州市总工会 in 荆州市总工会  2017年9月30日. */
      readonly issuer: string | null
    }
  | { readonly kind: 'text' }

const CN_DIGIT = '[〇零○O一二三四五六七八九]'
const CN_NUMBER = '[一二三四五六七八九十]'
// All matched on width-folded, space-normalised text, so １０ and （ are already 10 and (.
const DATE_PATTERNS: readonly { source: string; read: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  {
    source: String.raw`(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日`,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    source: String.raw`(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})`,
    read: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
  },
  {
    source: `(${CN_DIGIT}{4}) ?年 ?(${CN_NUMBER}{1,2}) ?月 ?(${CN_NUMBER}{1,3}) ?日`,
    read: (m) => {
      const year = parseChineseDigits(m[1] ?? '')
      const month = parseChineseNumeral(m[2] ?? '')
      const day = parseChineseNumeral(m[3] ?? '')
      return year === null || month === null || day === null ? null : [year, month, day]
    },
  },
]

const ISSUE_SOURCE = String.raw`(?:\d{4} ?年 ?)?第 ?(\d{1,5}|[〇零一二三四五六七八九十百千]{1,8}) ?期(?: ?\( ?总 ?第 ?(?:\d{1,6}|[〇零一二三四五六七八九十百千]{1,10}) ?期 ?\))?`

const MASTHEAD = /^\p{Script=Han}{0,12}简报$/u
const RESTRICTED = /^\(?(?:内部资料|注意保存|内部刊物|内部参阅)+\)?$/

/** True for a masthead line: 工作简报, 荆州工会简报, 内部资料 注意保存. */
export function isMastheadLine(line: string): boolean {
  const compact = foldWidth(line).replace(/ /g, '')
  return MASTHEAD.test(compact) || RESTRICTED.test(compact)
}

interface Found {
  readonly start: number
  readonly end: number
  readonly match: RegExpExecArray
}

// A field counts when it is the whole remaining line or is set apart from the rest by a space.
function findAtEdge(folded: string, lo: number, hi: number, source: string): Found | null {
  const slice = folded.slice(lo, hi)
  const leading = new RegExp(`^(?:${source})(?= |$)`).exec(slice)
  if (leading) return { start: lo, end: lo + leading[0].length, match: leading }
  const trailing = new RegExp(`(?:^| )(?:${source})$`).exec(slice)
  if (trailing) {
    const offset = trailing[0].startsWith(' ') ? 1 : 0
    return { start: lo + trailing.index + offset, end: hi, match: trailing }
  }
  return null
}

function readDate(folded: string, lo: number, hi: number): { found: Found; date: [number, number, number] | null } | null {
  for (const pattern of DATE_PATTERNS) {
    const found = findAtEdge(folded, lo, hi, pattern.source)
    if (found) return { found, date: pattern.read(found.match) }
  }
  return null
}

/** Classifies one header line: the masthead, the issue and date fields (with an issuer beside them), or plain text. */
export function classifyHeaderLine(line: string): HeaderLine {
  if (isMastheadLine(line)) return { kind: 'masthead' }
  const folded = foldWidth(line)
  let lo = 0
  let hi = folded.length
  let date: HeaderDate | null = null
  let issueNumber: number | null = null
  let issuePrinted: string | null = null
  for (;;) {
    const dateFound: ReturnType<typeof readDate> = date === null ? readDate(folded, lo, hi) : null
    if (dateFound) {
      date = {
        iso: isoFromParts(dateFound.date),
        printed: line.slice(dateFound.found.start, dateFound.found.end),
      }
      ;[lo, hi] = shrink(folded, lo, hi, dateFound.found)
      continue
    }
    const issueFound: Found | null = issueNumber === null ? findAtEdge(folded, lo, hi, ISSUE_SOURCE) : null
    if (issueFound) {
      const numeral: string = issueFound.match[1] ?? ''
      issueNumber = /^\d+$/.test(numeral) ? Number(numeral) : (parseChineseNumeral(numeral) ?? 0)
      issuePrinted = line.slice(issueFound.start, issueFound.end)
      ;[lo, hi] = shrink(folded, lo, hi, issueFound)
      continue
    }
    break
  }
  if (date === null && issueNumber === null) return { kind: 'text' }
  const rest = line.slice(lo, hi).trim()
  const issuer = rest === '' || isMastheadLine(rest) ? null : rest
  return { kind: 'fields', issueNumber, issuePrinted, date, issuer }
}

function isoFromParts(parts: readonly [number, number, number] | null): string | null {
  if (parts === null) return null
  const [year, month, day] = parts
  const date = { year, month, day }
  return isCalendarDate(date) ? toIsoDate(date) : null
}

function shrink(folded: string, lo: number, hi: number, found: Found): [number, number] {
  let start = lo
  let end = hi
  if (found.start === lo) start = found.end
  else end = found.start
  while (start < end && folded[start] === ' ') start++
  while (end > start && folded[end - 1] === ' ') end--
  return [start, end]
}
