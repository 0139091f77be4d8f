import { normaliseInlineText } from './inline-text'
import { isDecorationLine, isPageNumberLine } from './page-furniture'

/** One non-blank line of pasted text, trimmed and with its spaces collapsed. */
export interface SourceLine {
  /** 1-based, counted in the text as pasted. */
  readonly number: number
  readonly text: string
  /** A page number or an ornament line: not content, skipped wherever it appears. */
  readonly furniture: 'page-number' | 'decoration' | null
}

/** Splits pasted text into its non-blank lines, whatever its line endings (CRLF, CR, LF) and with any BOM dropped. */
export function splitSourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .forEach((raw, index) => {
      const line = normaliseInlineText(raw)
      if (line === '') return
      const furniture = isPageNumberLine(line) ? 'page-number' : isDecorationLine(line) ? 'decoration' : null
      lines.push({ number: index + 1, text: line, furniture })
    })
  return lines
}
