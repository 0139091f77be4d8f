import type { Options } from 'mingo/types'
import { isNil, MingoError } from 'mingo/util'
import { evalArguments, nonNegativeIntegerArgument } from './string-arguments'

interface Search {
  readonly text: string
  readonly needle: string
  readonly start: number
  readonly end: number | undefined
}

function readSearch(obj: unknown, expr: unknown, options: Options, operator: string): Search | null {
  const [text, needle, start, end] = evalArguments(obj, expr, options, operator, 2, 4)
  if (isNil(text)) return null
  if (typeof text !== 'string') throw new MingoError(`${operator} requires a string as the first argument`)
  if (typeof needle !== 'string') throw new MingoError(`${operator} requires a string as the second argument`)
  return {
    text,
    needle,
    start: start === undefined ? 0 : nonNegativeIntegerArgument(start, operator, 'starting index'),
    end: end === undefined ? undefined : nonNegativeIntegerArgument(end, operator, 'ending index'),
  }
}

/** Where `needle` first occurs in `haystack[start, end)`, both counted in the units of the arrays given. */
function indexIn<T>(haystack: readonly T[], needle: readonly T[], start: number, end: number | undefined): number {
  const stop = Math.min(end ?? haystack.length, haystack.length)
  if (start > stop) return -1
  for (let at = start; at + needle.length <= stop; at += 1) {
    let found = true
    for (let offset = 0; offset < needle.length; offset += 1) {
      if (haystack[at + offset] !== needle[offset]) {
        found = false
        break
      }
    }
    if (found) return at
  }
  return -1
}

/** `$indexOfCP`: the code point index of the first occurrence (mingo does not have it). */
export function $indexOfCP(obj: unknown, expr: unknown, options: Options): number | null {
  const search = readSearch(obj, expr, options, '$indexOfCP')
  if (search === null) return null
  return indexIn([...search.text], [...search.needle], search.start, search.end)
}

/** `$indexOfBytes`: the UTF-8 byte index of the first occurrence (mingo counts UTF-16 units, wrong for 中文). */
export function $indexOfBytes(obj: unknown, expr: unknown, options: Options): number | null {
  const search = readSearch(obj, expr, options, '$indexOfBytes')
  if (search === null) return null
  return indexIn([...Buffer.from(search.text, 'utf8')], [...Buffer.from(search.needle, 'utf8')], search.start, search.end)
}
