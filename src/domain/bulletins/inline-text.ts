// Invisible characters that pasted text carries and that nobody means to keep.
const INVISIBLE = /[\u200b\u2060\ufeff]/g

/** Trims a line and collapses every run of spaces (half-width, full-width, tabs) to one half-width space. */
export function normaliseInlineText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
}

/** True when the text is already as `normaliseInlineText` would leave it (so it has no line breaks). */
export function isNormalisedInlineText(text: string): boolean {
  return normaliseInlineText(text) === text
}
