import type { ParseIssue, RecognisedField, RecognisedKind } from './parse-result'

/** Collects what one parse found: errors refuse the text, warnings and the report go with an accepted one. */
export interface ParseLog {
  readonly errors: ParseIssue[]
  readonly warnings: ParseIssue[]
  readonly report: RecognisedField[]
  error(line: number, reason: string): void
  warn(line: number, reason: string): void
  recognise(line: number, kind: RecognisedKind, value: string): void
}

const PREVIEW_CHARS = 30

/** The start of a long text, enough to recognise it in a report. */
export function preview(text: string): string {
  const chars = Array.from(text.replace(/\n/g, ' '))
  return chars.length <= PREVIEW_CHARS ? chars.join('') : `${chars.slice(0, PREVIEW_CHARS).join('')}…`
}

/** A fresh, empty log. */
export function createParseLog(): ParseLog {
  const errors: ParseIssue[] = []
  const warnings: ParseIssue[] = []
  const report: RecognisedField[] = []
  return {
    errors,
    warnings,
    report,
    error: (line, reason) => errors.push({ line, reason }),
    warn: (line, reason) => warnings.push({ line, reason }),
    recognise: (line, kind, value) => report.push({ line, kind, value: preview(value) }),
  }
}
