/**
 * Folds full-width ASCII forms (１２，：（）) and the ideographic space to half-width.
 * One character in, one character out, so offsets in the folded text are offsets in the original.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  )
}
