/**
 * Full-width ASCII (`８：００－１８：００`, `，`, `；`) and the ideographic space folded to their
 * half-width forms. Spreadsheets typed with a Chinese input method are full of them.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  )
}
