/** The regular-expression source that matches `text` literally: what a person types into a search box is not a pattern. */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
