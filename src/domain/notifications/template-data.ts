import { shanghaiParts } from '../time/shanghai-time'
import type { SubscribeTemplate, TemplateFieldType } from './subscribe-templates'

/**
 * WeChat's rules for subscribe-message values, by keyword type ("订阅消息参数值内容限制说明"), and the
 * fitting that makes a feature's text obey them before it is sent, so WeChat never refuses a message
 * (47003) for a value's length or form:
 *
 *   thing            ≤ 20 characters (Chinese, digits, letters, symbols)   → cut to 19 and …
 *   phrase           ≤ 5 Chinese characters only                           → Chinese kept, cut to 5
 *   name             ≤ 10 Chinese (letters mixed in count as Chinese) or ≤ 20 letters → cut
 *   letter           ≤ 32 letters                                          → cut
 *   character_string ≤ 32 digits, letters and symbols                      → spaces dropped, cut
 *   number           ≤ 32 digits, a decimal point allowed                  → refused when not a number or too long
 *   phone_number     ≤ 17 digits and + - ( ) spaces                        → refused when not a number or too long
 *   symbol, amount, car_number                                             → refused unless already right
 *   time             24-hour time, with an optional date before it         → written 2026年5月1日 14:30
 *   date             a date, with an optional 24-hour time after it        → written 2026年5月1日
 *
 * Numbers and phone numbers are never cut: a shortened number is a wrong one. Times and dates are given as
 * an ISO instant (`2026-05-01T06:30:00.000Z`) or a date (`2026-05-01`) and written in Shanghai time; a value
 * already written in one of WeChat's forms (`15:01`, `2026-05-01 15:01`, ranges `a~b`) is kept.
 */

/** WeChat's cap on a `thing`, in characters. */
export const THING_MAX = 20
export const PHRASE_MAX = 5
const NAME_HAN_MAX = 10
const NAME_LETTERS_MAX = 20
const LONG_MAX = 32
const PHONE_MAX = 17
const SYMBOL_MAX = 5
const ELLIPSIS = '…'

const HAN = /\p{Script=Han}/u
const ONLY_HAN = /^\p{Script=Han}+$/u
const ONLY_LETTERS = /^[A-Za-z]+$/
const ONLY_SYMBOLS = /^[^\p{L}\p{N}\s]+$/u
const VISIBLE_ASCII = /^[\x21-\x7E]+$/
const NUMBER = /^\d+(?:\.\d+)?$/
const PHONE = /^[0-9+\-()\s]+$/
const AMOUNT = /^[¥￥$€£]?\d{1,10}(?:\.\d{1,2})?元?$/

const DATE = String.raw`\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})`
const CLOCK = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?`
const TIME_VALUE = new RegExp(`^(?:${DATE}\\s*)?${CLOCK}$`)
const DATE_VALUE = new RegExp(`^${DATE}(?:\\s*${CLOCK})?$`)
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Control, format (bidi, zero-width) and line/paragraph separators: never shown, never sent. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu

function characters(value: string): string[] {
  return Array.from(value)
}

function length(value: string): number {
  return characters(value).length
}

function isRange(value: string, single: RegExp): boolean {
  const parts = value.split('~').map(part => part.trim())
  return parts.length <= 2 && parts.every(part => single.test(part))
}

function isCarNumber(value: string): boolean {
  const chars = characters(value)
  if (chars.length < 2 || chars.length > 8) return false
  return chars.every((char, index) => /[A-Za-z0-9]/.test(char) || ((index === 0 || index === chars.length - 1) && HAN.test(char)))
}

function isName(value: string): boolean {
  if (/\d/.test(value)) return false
  if (HAN.test(value)) return length(value) <= NAME_HAN_MAX && characters(value).every(char => HAN.test(char) || /[A-Za-z·•.\s]/.test(char))
  return length(value) <= NAME_LETTERS_MAX && /^[A-Za-z\s.'·•-]+$/.test(value)
}

const RULES: Readonly<Record<TemplateFieldType, (value: string) => boolean>> = {
  thing: value => length(value) <= THING_MAX,
  number: value => length(value) <= LONG_MAX && NUMBER.test(value),
  letter: value => length(value) <= LONG_MAX && ONLY_LETTERS.test(value),
  symbol: value => length(value) <= SYMBOL_MAX && ONLY_SYMBOLS.test(value),
  character_string: value => length(value) <= LONG_MAX && VISIBLE_ASCII.test(value),
  time: value => isRange(value, TIME_VALUE),
  date: value => isRange(value, DATE_VALUE),
  amount: value => AMOUNT.test(value),
  phone_number: value => length(value) <= PHONE_MAX && PHONE.test(value) && /\d/.test(value),
  car_number: isCarNumber,
  name: isName,
  phrase: value => length(value) <= PHRASE_MAX && ONLY_HAN.test(value),
}

/** Whether WeChat accepts `value` for a keyword of this type. */
export function obeysFieldRule(type: TemplateFieldType, value: string): boolean {
  return value.trim() !== '' && RULES[type](value)
}

/** One value made ready to send, or why it cannot be. */
export type FittedValue = { readonly ok: true; readonly value: string; readonly cut: boolean } | { readonly ok: false; readonly reason: string }

function fitted(value: string, original: string): FittedValue {
  return { ok: true, value, cut: value !== original }
}

function refused(reason: string): FittedValue {
  return { ok: false, reason }
}

/** Text as it would read on one line: invisible characters gone, runs of white space one space. */
function oneLine(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim()
}

function cutTo(value: string, max: number, marker = ''): string {
  const chars = characters(value)
  if (chars.length <= max) return value
  return `${chars.slice(0, max - length(marker)).join('').trimEnd()}${marker}`
}

function shanghaiDate(year: number, month: number, day: number): string {
  return `${year}年${month}月${day}日`
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/** An ISO instant or a `YYYY-MM-DD` date, written as WeChat shows times and dates, in Shanghai time. */
function writeTimeOrDate(type: 'time' | 'date', value: string): string | null {
  const dateKey = DATE_KEY.exec(value)
  if (dateKey) {
    if (type === 'time') return null
    const [, year, month, day] = dateKey
    return shanghaiDate(Number(year), Number(month), Number(day))
  }
  if (!ISO_INSTANT.test(value)) return null
  const instant = Date.parse(value)
  if (!Number.isFinite(instant)) return null
  const parts = shanghaiParts(instant)
  const date = shanghaiDate(parts.year, parts.month, parts.day)
  return type === 'date' ? date : `${date} ${pad2(parts.hour)}:${pad2(parts.minute)}`
}

function fitTimeOrDate(type: 'time' | 'date', raw: string): FittedValue {
  const value = oneLine(raw)
  // Our own forms are written out in words (2026年5月1日), the way older readers read dates.
  const written = writeTimeOrDate(type, value)
  if (written !== null) return { ok: true, value: written, cut: written !== value }
  if (RULES[type](value)) return fitted(value, value)
  return refused(type === 'time' ? '不是时间（应为 ISO 时刻或 15:01 这样的写法）' : '不是日期（应为 YYYY-MM-DD 或 ISO 时刻）')
}

/** Makes one value obey its keyword's rule: cut where cutting keeps the sense, refused where it would not. */
export function fitFieldValue(type: TemplateFieldType, raw: string): FittedValue {
  const value = oneLine(raw)
  switch (type) {
    case 'thing': {
      if (value === '') return refused('是空的')
      return fitted(cutTo(value, THING_MAX, ELLIPSIS), value)
    }
    case 'phrase': {
      const han = characters(value).filter(char => HAN.test(char)).join('')
      if (han === '') return refused('没有汉字（phrase 只能是汉字）')
      return fitted(cutTo(han, PHRASE_MAX), value)
    }
    case 'name': {
      if (HAN.test(value)) {
        const kept = characters(value)
          .filter(char => HAN.test(char) || /[A-Za-z·]/.test(char))
          .join('')
        return fitted(cutTo(kept, NAME_HAN_MAX), value)
      }
      const letters = value.replace(/[^A-Za-z\s.'·-]/g, '').replace(/\s+/g, ' ').trim()
      if (letters === '') return refused('不是姓名')
      return fitted(cutTo(letters, NAME_LETTERS_MAX).trimEnd(), value)
    }
    case 'letter': {
      if (!ONLY_LETTERS.test(value)) return refused('只能是字母')
      return fitted(cutTo(value, LONG_MAX), value)
    }
    case 'character_string': {
      const compact = value.replace(/\s+/g, '')
      if (!VISIBLE_ASCII.test(compact)) return refused('只能是数字、字母和符号')
      return fitted(cutTo(compact, LONG_MAX), value)
    }
    case 'time':
    case 'date':
      return fitTimeOrDate(type, value)
    case 'number':
    case 'phone_number':
    case 'symbol':
    case 'amount':
    case 'car_number':
      return RULES[type](value) ? fitted(value, value) : refused(`不符合 ${type} 的格式`)
  }
}

/** The `data` of a `subscribeMessage.send`: each field's key and its value as `{ value }`. */
export type WechatTemplateData = Readonly<Record<string, { readonly value: string }>>

export type FittedTemplateData =
  | {
      readonly ok: true
      readonly data: WechatTemplateData
      /** Keys of the fields that were cut or rewritten to fit. */
      readonly adjusted: readonly string[]
    }
  | { readonly ok: false; readonly problems: readonly { readonly key: string; readonly reason: string }[] }

/** Fits a feature's values to every field of the template; a missing value is a problem too. */
export function fitTemplateData(template: SubscribeTemplate, values: Readonly<Record<string, string>>): FittedTemplateData {
  const data: Record<string, { value: string }> = {}
  const adjusted: string[] = []
  const problems: { key: string; reason: string }[] = []
  for (const field of template.fields) {
    const raw = values[field.key]
    if (raw === undefined) {
      problems.push({ key: field.key, reason: '没有给出' })
      continue
    }
    const result = fitFieldValue(field.type, raw)
    if (!result.ok) {
      problems.push({ key: field.key, reason: result.reason })
      continue
    }
    data[field.key] = { value: result.value }
    if (result.cut) adjusted.push(field.key)
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data, adjusted }
}

/** What the person reads in 消息: each field's label and its whole value (times written as WeChat would). */
export function inboxLines(template: SubscribeTemplate, values: Readonly<Record<string, string>>): { readonly label: string; readonly value: string }[] {
  return template.fields.flatMap(field => {
    const raw = values[field.key]
    if (raw === undefined) return []
    const shown = field.type === 'time' || field.type === 'date' ? fitTimeOrDate(field.type, raw) : null
    const value = shown !== null && shown.ok ? shown.value : raw.normalize('NFC').replace(INVISIBLE, ' ').trim()
    return value === '' ? [] : [{ label: field.label, value }]
  })
}
