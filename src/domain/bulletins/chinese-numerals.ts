const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }

/** Reads a Chinese numeral from 一 to 九千九百九十九 (十一, 二十, 一百零五); null when it is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null
  let total = 0
  let digit: number | null = null
  let lastUnit = Infinity
  let zeroPending = false
  for (const ch of text) {
    const d = DIGITS[ch]
    if (d !== undefined) {
      if (digit !== null) return null
      if (d === 0) {
        if (total === 0 || zeroPending) return null
        zeroPending = true
        continue
      }
      digit = d
      continue
    }
    const unit = UNITS[ch]
    if (unit === undefined || unit >= lastUnit) return null
    // 十 alone stands for 一十 only at the start (十二); elsewhere a unit needs its digit.
    if (digit === null && !(unit === 10 && total === 0 && !zeroPending)) return null
    total += (digit ?? 1) * unit
    lastUnit = unit
    digit = null
    zeroPending = false
  }
  if (digit !== null) {
    // 一百零五: the last digit after 零 counts as units; 二百五 style abbreviations are not accepted.
    if (lastUnit !== Infinity && lastUnit > 10 && !zeroPending) return null
    total += digit
  } else if (zeroPending) {
    return null
  }
  return total > 0 ? total : null
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const

function digitChar(d: number): string {
  return DIGIT_CHARS[d] ?? ''
}

/** Writes 1–9999 as a Chinese numeral the way documents print it: 十, 十一, 二十, 一百零五. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`no Chinese numeral for ${n}`)
  if (n < 10) return digitChar(n)
  if (n < 20) return `十${n === 10 ? '' : digitChar(n - 10)}`
  const places: [number, string][] = [
    [Math.floor(n / 1000), '千'],
    [Math.floor(n / 100) % 10, '百'],
    [Math.floor(n / 10) % 10, '十'],
    [n % 10, ''],
  ]
  let out = ''
  let zero = false
  for (const [d, unit] of places) {
    if (d === 0) {
      if (out !== '') zero = true
      continue
    }
    if (zero) out += '零'
    zero = false
    out += digitChar(d) + unit
  }
  return out
}

/** Reads a year written digit by digit (二〇一七, 二○一七); null when it is not one. */
export function parseChineseDigits(text: string): number | null {
  let value = 0
  for (const ch of text) {
    const d = ch === '○' || ch === 'O' ? 0 : DIGITS[ch]
    if (d === undefined || ch === '两') return null
    value = value * 10 + d
  }
  return text.length > 0 ? value : null
}
