import { WEEKDAYS, type Weekday } from '../time/shanghai-time'
import { toHalfWidth } from './half-width'

/** A time as written in the cell, with its minutes after midnight (1440 for `24:00`). */
export interface WrittenTime {
  readonly minutes: number
  readonly text: string
}

/** One meaningful piece of an opening-hours cell. */
export type OpeningHoursToken =
  | { readonly type: 'days'; readonly days: readonly Weekday[]; readonly text: string }
  | { readonly type: 'all-day' }
  | { readonly type: 'time-range'; readonly open: WrittenTime; readonly close: WrittenTime; readonly nextDay: boolean }
  | { readonly type: 'closed'; readonly text: string }
  | { readonly type: 'holidays-closed' }
  | { readonly type: 'holidays-open' }

export type LexedOpeningHours = { readonly ok: true; readonly tokens: OpeningHoursToken[] } | { readonly ok: false; readonly reason: string }

const DAY_CHAR: Readonly<Record<string, Weekday>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7,
  '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7,
}

const DASH = '(?:-|~|—|–|〜|至|到)'
const WEEKDAY_PREFIX = '(?:周|星期|礼拜)'
const DAY_CHARS = '([一二三四五六日天七1-7])'
const PERIOD = '(上午|早上|早晨|中午|下午|晚上|傍晚|凌晨)?'
const TIME = `${PERIOD}(\\d{1,2})(?::(\\d{2})|点(半|\\d{1,2}分?)?)`

const HOLIDAYS_CLOSED = /^(?:法定)?(?:节假日|节日|假日)(?:期间)?(?:休息|闭馆|闭站|关闭|不开放|不营业|除外|休)/
const HOLIDAYS_OPEN = /^(?:法定)?(?:节假日|节日|假日)(?:期间)?(?:照常|正常)(?:开放|营业|服务)?/
const ALL_DAY = /^(?:24小时|24h|全天候?|全日|昼夜)(?:开放|营业|服务)?/i
const EVERY_DAY = /^(?:每天|每日|天天|全周)/
const WORKING_DAYS = /^工作日/
const WEEKEND = /^(?:周末|双休日)/
const WEEKDAY_SPAN = new RegExp(`^${WEEKDAY_PREFIX}${DAY_CHARS}(?:${DASH}${WEEKDAY_PREFIX}?${DAY_CHARS})?`)
const TIME_RANGE = new RegExp(`^${TIME}${DASH}(次日|翌日)?${TIME}`)
const CLOSED = /^(?:休息|闭馆|闭站|关闭|不开放|不营业|休)/
const NOISE = /^(?:开放时间|营业时间|服务时间|开放|营业|服务|时间|时段)/
const SEPARATORS = /^[,;、/|。.:()[\]【】「」"'&和及与]+/

const AFTERNOON_PERIODS = new Set(['下午', '晚上', '傍晚'])

const NEXT_DAY: Readonly<Record<Weekday, Weekday>> = { 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7, 7: 1 }

function weekdaySpan(first: Weekday, last: Weekday): Weekday[] {
  // 周六至周一 wraps past Sunday.
  const days: Weekday[] = [first]
  for (let day = first; day !== last; day = NEXT_DAY[day]) days.push(NEXT_DAY[day])
  return days
}

function writtenTime(match: RegExpExecArray, offset: number, isClose: boolean): WrittenTime | string {
  const period = match[offset] ?? ''
  const hourText = match[offset + 1] ?? ''
  const colonMinutes = match[offset + 2]
  const pointMinutes = match[offset + 3]
  const text = `${match[offset] ?? ''}${hourText}${colonMinutes !== undefined ? `:${colonMinutes}` : `点${pointMinutes ?? ''}`}`
  let hour = Number(hourText)
  let minute = 0
  if (colonMinutes !== undefined) minute = Number(colonMinutes)
  else if (pointMinutes === '半') minute = 30
  else if (pointMinutes !== undefined) minute = Number(pointMinutes.replace('分', ''))
  if (AFTERNOON_PERIODS.has(period) && hour < 12) hour += 12
  else if (period === '中午' && hour < 11) hour += 12
  const valid = minute < 60 && (hour < 24 || (isClose && hour === 24 && minute === 0))
  if (!valid) return `时间"${text}"不正确`
  return { minutes: hour * 60 + minute, text }
}

function timeRangeToken(match: RegExpExecArray): OpeningHoursToken | string {
  const open = writtenTime(match, 1, false)
  if (typeof open === 'string') return open
  const written = writtenTime(match, 6, true)
  if (typeof written === 'string') return written
  // 下午2点-6点 means 14:00–18:00: a closing time without its own period takes an afternoon
  // opening's, unless that would put it before the opening (晚上8点-2点 closes at 02:00).
  const inherits =
    match[6] === undefined && AFTERNOON_PERIODS.has(match[1] ?? '') && written.minutes < 720 && written.minutes + 720 > open.minutes
  const close = inherits ? { minutes: written.minutes + 720, text: written.text } : written
  return { type: 'time-range', open, close, nextDay: match[5] !== undefined }
}

function weekdaySpanToken(match: RegExpExecArray): OpeningHoursToken | string {
  const first = DAY_CHAR[match[1] ?? '']
  const last = DAY_CHAR[match[2] ?? match[1] ?? '']
  if (first === undefined || last === undefined) return `无法识别"${match[0]}"`
  return { type: 'days', days: weekdaySpan(first, last), text: match[0] }
}

/** What a pattern yields: a token, an error reason, or nothing for words that carry no meaning. */
type Rule = readonly [RegExp, (match: RegExpExecArray) => OpeningHoursToken | string | null]

// Order matters: 节假日休息 before 休息, 24小时 before times, 周一至周五 before times.
const RULES: readonly Rule[] = [
  [HOLIDAYS_CLOSED, () => ({ type: 'holidays-closed' })],
  [HOLIDAYS_OPEN, () => ({ type: 'holidays-open' })],
  [ALL_DAY, () => ({ type: 'all-day' })],
  [EVERY_DAY, (match) => ({ type: 'days', days: [...WEEKDAYS], text: match[0] })],
  [WORKING_DAYS, (match) => ({ type: 'days', days: [1, 2, 3, 4, 5], text: match[0] })],
  [WEEKEND, (match) => ({ type: 'days', days: [6, 7], text: match[0] })],
  [WEEKDAY_SPAN, weekdaySpanToken],
  [TIME_RANGE, timeRangeToken],
  [CLOSED, (match) => ({ type: 'closed', text: match[0] })],
  [NOISE, () => null],
  [SEPARATORS, () => null],
]

function firstRuleMatch(rest: string): { length: number; token: OpeningHoursToken | string | null } | null {
  for (const [pattern, toToken] of RULES) {
    const match = pattern.exec(rest)
    if (match !== null) return { length: match[0].length, token: toToken(match) }
  }
  return null
}

/**
 * Splits an opening-hours cell into tokens. Full-width characters are folded and whitespace
 * dropped first, so `周一至周五 ８：００－１８：００` reads like `周一至周五8:00-18:00`. Every time
 * needs minutes or 点 (`8:00`, `8点`): a bare `8-18` is refused, because `1-5` could as well be
 * Monday to Friday.
 */
export function tokenizeOpeningHours(cell: string): LexedOpeningHours {
  const text = toHalfWidth(cell).replace(/\s+/g, '')
  const tokens: OpeningHoursToken[] = []
  let position = 0
  while (position < text.length) {
    const rest = text.slice(position)
    const found = firstRuleMatch(rest)
    if (found === null) return { ok: false, reason: `无法识别"${rest.slice(0, 10)}"` }
    if (typeof found.token === 'string') return { ok: false, reason: found.token }
    if (found.token !== null) tokens.push(found.token)
    position += found.length
  }
  return { ok: true, tokens }
}
