import { bulletinFieldLabel } from '../../../domain/bulletins/bulletin-field-label'
import type { BulletinProblem } from '../../../domain/bulletins/check-bulletin'

const DIRECT: Readonly<Record<string, string>> = {
  'header.issueNumber': 'issueNumber',
  'header.issuer': 'issuer',
  'header.issuedOn': 'issuedOn',
  'body.title': 'title',
  'body.editor': 'editor',
  'body.phone': 'phone',
}

/**
 * The form field a problem belongs to: `title`, `intro`, `items.2.lead`, `items.2.subPoints.0.text`,
 * `items.2.points.1.label`, `reportTo`… or '' for the bulletin as a whole. Paragraph lists are one text box, so their problems
 * go to the box and say which paragraph.
 */
export function formFieldOf(path: string): string {
  const direct = DIRECT[path]
  if (direct !== undefined) return direct
  if (/^body\.intro(\.\d+)?$/.test(path)) return 'intro'
  const distribution = /^body\.distribution\.(reportTo|sendTo|copyTo)(\.\d+)?$/.exec(path)
  if (distribution) return distribution[1] ?? ''
  const node = /^body\.(items\.\d+(?:\.points\.\d+)?)(?:\.(label|lead|paragraphs|subPoints|points)(?:\.(\d+)(?:\.(ordinal|text))?)?)?$/.exec(path)
  if (node) {
    const at = node[1] ?? ''
    const part = node[2]
    if (part === undefined) return `${at}.lead`
    if (part === 'paragraphs' || part === 'points') return `${at}.${part}`
    if (part === 'subPoints') return node[3] === undefined ? `${at}.subPoints` : `${at}.subPoints.${node[3]}.${node[4] ?? 'text'}`
    return `${at}.${part}`
  }
  return ''
}

/** The messages to show beside each form field (the first problem of each), and all of them in words for the top of the form. */
export function problemsByField(problems: readonly BulletinProblem[]): { readonly byField: Readonly<Record<string, string>>; readonly summary: readonly string[] } {
  const byField: Record<string, string> = {}
  const summary: string[] = []
  for (const problem of problems) {
    const field = formFieldOf(problem.field)
    const nested = /\.\d+$/.test(problem.field) && (field === 'intro' || field.endsWith('.paragraphs') || ['reportTo', 'sendTo', 'copyTo'].includes(field))
    const where = problem.field === '' ? '' : bulletinFieldLabel(problem.field)
    if (byField[field] === undefined) byField[field] = nested ? `${where}：${problem.reason}` : problem.reason
    summary.push(where === '' ? problem.reason : `${where}：${problem.reason}`)
  }
  return { byField, summary }
}
