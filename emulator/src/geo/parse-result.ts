/** The outcome of reading untrusted input: the value, or why it was refused (a message for INVALID_PARAM). */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string }

/** A successful ParseResult. */
export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value }
}

/** A refused ParseResult. */
export function refused<T>(reason: string): ParseResult<T> {
  return { ok: false, reason }
}
