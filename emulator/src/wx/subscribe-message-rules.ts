/**
 * WeChat's limits on subscribe-message values ("订阅消息参数值内容限制说明"), by the type prefix of the
 * template key (`thing1` is a thing, `character_string2` a character_string):
 *   thing            ≤ 20 characters: Chinese, digits, letters or symbols
 *   number           ≤ 32 digits, decimals allowed
 *   letter           ≤ 32 letters only
 *   symbol           ≤ 5 symbols only
 *   character_string ≤ 32 digits, letters or symbols
 *   time             24-hour time, optionally with a date; a range "a~b" allowed
 *   date             a date, optionally with a 24-hour time; a range "a~b" allowed
 *   amount           one currency symbol + ≤ 10 digits, decimals allowed, may end in 元
 *   phone_number     ≤ 17 digits and symbols, e.g. +86-0766-66888866
 *   car_number       ≤ 8: first and last may be Chinese, the rest letters or digits
 *   name             ≤ 10 Chinese (mixed Chinese and letters counts as Chinese) or ≤ 20 letters/symbols
 *   phrase           ≤ 5 Chinese characters only
 *   enum / const     one of the template's enumerated values (the emulator only requires a value)
 */

const HAN = /\p{Script=Han}/u
const ONLY_HAN = /^\p{Script=Han}+$/u
const ONLY_LETTERS = /^[A-Za-z]+$/
/** Visible ASCII that is neither a letter nor a digit, plus full-width and CJK punctuation. */
const ONLY_SYMBOLS = /^[^\p{L}\p{N}\s]+$/u
const VISIBLE_ASCII = /^[\x21-\x7E]+$/

const DATE = String.raw`\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})`
const CLOCK = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?`
const TIME_VALUE = new RegExp(`^(?:${DATE}\\s*)?${CLOCK}$`)
const DATE_VALUE = new RegExp(`^${DATE}(?:\\s*${CLOCK})?$`)
const AMOUNT = /^[¥￥$€£]?\d{1,10}(?:\.\d{1,2})?元?$/

function length(value: string): number {
  return [...value].length
}

function isRange(value: string, single: RegExp): boolean {
  const parts = value.split('~').map(part => part.trim())
  return parts.length <= 2 && parts.every(part => single.test(part))
}

function isCarNumber(value: string): boolean {
  const chars = [...value]
  if (chars.length < 2 || chars.length > 8) return false
  return chars.every((char, index) => /[A-Za-z0-9]/.test(char) || ((index === 0 || index === chars.length - 1) && HAN.test(char)))
}

function isName(value: string): boolean {
  if (/\d/.test(value)) return false
  if (HAN.test(value)) return length(value) <= 10 && [...value].every(char => HAN.test(char) || /[A-Za-z·•.\s]/.test(char))
  return length(value) <= 20 && /^[A-Za-z\s.'·•-]+$/.test(value)
}

const RULES: Readonly<Record<string, (value: string) => boolean>> = {
  thing: value => length(value) <= 20,
  number: value => length(value) <= 32 && /^\d+(?:\.\d+)?$/.test(value),
  letter: value => length(value) <= 32 && ONLY_LETTERS.test(value),
  symbol: value => length(value) <= 5 && ONLY_SYMBOLS.test(value),
  character_string: value => length(value) <= 32 && VISIBLE_ASCII.test(value),
  time: value => isRange(value, TIME_VALUE),
  date: value => isRange(value, DATE_VALUE),
  amount: value => AMOUNT.test(value),
  phone_number: value => length(value) <= 17 && /^[0-9+\-()\s]+$/.test(value) && /\d/.test(value),
  car_number: isCarNumber,
  name: isName,
  phrase: value => length(value) <= 5 && ONLY_HAN.test(value),
  enum: () => true,
  const: () => true,
}

/** The type prefix of a template key (`character_string12` → `character_string`), or undefined if it has none WeChat knows. */
export function keywordType(key: string): string | undefined {
  const match = /^([a-z_]+?)\d*$/.exec(key)
  const type = match?.[1]
  return type !== undefined && type in RULES ? type : undefined
}

/** Why a value breaks its key's rule, in WeChat's 47003 wording; undefined when it is acceptable. */
export function checkKeywordValue(key: string, value: unknown): string | undefined {
  const type = keywordType(key)
  if (type === undefined) return `argument invalid! data.${key} has no known keyword type`
  if (value === undefined || value === null || value === '') return `argument invalid! data.${key}.value is empty`
  if (typeof value !== 'string' && typeof value !== 'number') return `argument invalid! data.${key}.value invalid`
  const text = String(value)
  if (text.trim() === '') return `argument invalid! data.${key}.value is empty`
  const rule = RULES[type]
  return rule && rule(text) ? undefined : `argument invalid! data.${key}.value invalid`
}
