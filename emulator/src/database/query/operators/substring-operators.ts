import type { Options } from 'mingo/types'
import { MingoError } from 'mingo/util'
import { coerceToString, evalArguments, integralArgument, nonNegativeIntegerArgument } from './string-arguments'

/** True when the byte at `index` continues a multi-byte UTF-8 character. */
function isContinuationByte(bytes: Buffer, index: number): boolean {
  const byte = bytes[index]
  return byte !== undefined && (byte & 0xc0) === 0x80
}

/**
 * `$substrBytes` and its alias `$substr`: `[string, start, length]` in UTF-8 bytes. MongoDB reads both
 * numbers as unsigned, so a negative start gives "" and a negative length the rest of the string
 * (mingo refuses both); a range that cuts a character is an error.
 */
function substrBytes(operator: string) {
  return (obj: unknown, expr: unknown, options: Options): string => {
    const [text, startValue, lengthValue] = evalArguments(obj, expr, options, operator, 3, 3)
    const bytes = Buffer.from(coerceToString(text, operator), 'utf8')
    const start = integralArgument(startValue, operator, 'starting index')
    const length = integralArgument(lengthValue, operator, 'length')
    if (start < 0 || start >= bytes.length) return ''
    const end = length < 0 ? bytes.length : Math.min(bytes.length, start + length)
    if (isContinuationByte(bytes, start)) throw new MingoError(`${operator}: Invalid range, starting index is a UTF-8 continuation byte.`)
    if (end < bytes.length && isContinuationByte(bytes, end)) throw new MingoError(`${operator}: Invalid range, ending index is in the middle of a UTF-8 character.`)
    return bytes.subarray(start, end).toString('utf8')
  }
}

export const $substrBytes = substrBytes('$substrBytes')
export const $substr = substrBytes('$substr')

/** `$substrCP`: `[string, index, count]` in code points; both must be non-negative, as MongoDB requires (mingo accepts negatives). */
export function $substrCP(obj: unknown, expr: unknown, options: Options): string {
  const [text, indexValue, countValue] = evalArguments(obj, expr, options, '$substrCP', 3, 3)
  const codePoints = [...coerceToString(text, '$substrCP')]
  const index = nonNegativeIntegerArgument(indexValue, '$substrCP', 'the starting index')
  const count = nonNegativeIntegerArgument(countValue, '$substrCP', 'the length')
  return codePoints.slice(index, index + count).join('')
}
