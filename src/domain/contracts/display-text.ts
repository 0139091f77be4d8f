import * as v from 'valibot'

/**
 * Characters that change how text around them is shown without being text themselves: the bidi
 * embeddings, overrides and isolates (U+202E turns "gpj.exe" into what reads as "exe.jpg" and reverses
 * a name in an admin's list), the direction marks, and the Arabic letter mark.
 */
function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c
}

/** C0 and C1 control characters and DEL. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f)
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

export interface DisplayTextOptions {
  /** Keep line breaks and tabs (notes, pasted bulletins); a one-line field turns them into spaces. */
  readonly multiline?: boolean
}

/**
 * Text a person typed, made safe to store and show to others: line endings unified, control and
 * bidi-control characters and lone surrogates removed, and the result in Unicode NFC, so the same
 * words are always the same string. Written as a loop rather than a lookbehind regex, because the
 * mini-program bundles this and older phones' JavaScript engines have no lookbehind.
 */
export function normaliseDisplayText(text: string, options: DisplayTextOptions = {}): string {
  const unified = text.replace(/\r\n?/g, '\n')
  let result = ''
  for (let index = 0; index < unified.length; index += 1) {
    const code = unified.charCodeAt(index)
    if (isHighSurrogate(code)) {
      const next = unified.charCodeAt(index + 1)
      if (isLowSurrogate(next)) {
        result += unified.slice(index, index + 2)
        index += 1
      }
      continue
    }
    if (isLowSurrogate(code) || isBidiControl(code)) continue
    if (code === 0x0a || code === 0x09) {
      result += options.multiline === true ? unified[index] : ' '
      continue
    }
    if (isControl(code)) continue
    result += unified[index]
  }
  return result.normalize('NFC')
}

/**
 * The one step every free-text payload field takes first (see `text` and `nonEmptyText` in
 * payload-fields.ts): the client's forms and the functions apply the same rule.
 */
export const displayText = (options: DisplayTextOptions = {}) => v.transform((text: string) => normaliseDisplayText(text, options))
