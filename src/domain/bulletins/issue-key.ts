import type { BulletinHeader } from './bulletin'
import { normaliseInlineText } from './inline-text'

/**
 * The identity of a numbered issue: one issuer numbers its bulletins anew each year, so 第 10 期 of
 * 荆州市总工会 in 2017 is one issue whatever its title. Null for a news item without a 第N期.
 */
export function issueKeyOf(header: BulletinHeader): string | null {
  if (header.issueNumber === null) return null
  const issuer = header.issuer === null ? '' : normaliseInlineText(header.issuer).replace(/\s/g, '')
  const year = header.issuedOn?.slice(0, 4) ?? ''
  return `${issuer}|${year}|${header.issueNumber}`
}

/** The issue in words, for warnings: 荆州市总工会 2017 年第 10 期. */
export function describeIssue(header: BulletinHeader): string {
  const parts = [header.issuer ?? '', header.issuedOn ? `${header.issuedOn.slice(0, 4)} 年` : '']
  const number = header.issueNumber === null ? '' : `第 ${header.issueNumber} 期`
  return `${parts.filter((part) => part !== '').join(' ')}${number}`.trim()
}
