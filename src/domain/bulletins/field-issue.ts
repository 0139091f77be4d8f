import { isNormalisedInlineText } from './inline-text'
import { isPageFurniture } from './page-furniture'

/** A problem with one field of an edited bulletin: the field's path (`items.2.lead`) and the reason in plain Chinese. */
export interface BulletinFieldIssue {
  readonly field: string
  readonly reason: string
}

/**
 * Empty, badly spaced or too long: the checks every single-line field shares. A field printed on a line of
 * its own must also not look like a page number, which the parser skips. True when the line passed.
 */
export function checkLine(issues: BulletinFieldIssue[], field: string, text: string, max: number, name: string, alone = true): boolean {
  if (text === '') issues.push({ field, reason: `${name}不能为空` })
  else if (!isNormalisedInlineText(text)) issues.push({ field, reason: `${name}首尾不能有空格，中间不能换行或有连续空格` })
  else if (text.length > max) issues.push({ field, reason: `${name}不能超过 ${max} 字（现在 ${text.length} 字）` })
  else if (alone && isPageFurniture(text)) issues.push({ field, reason: `${name}不能只是页码或分隔线` })
  else return true
  return false
}
