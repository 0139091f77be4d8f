import type { Bulletin, BulletinSubPoint } from './bulletin'
import { levelName } from './level-name'

/** One line of what the parser recognised, in words: 期号 / 第 10 期. */
export interface RecognitionRow {
  readonly label: string
  readonly value: string
  /** Item rows are indented under 条目 when printed. */
  readonly nested: boolean
  /** How deep the row sits: 0 for the fields, 1 for an item, 2 to 4 for its points. */
  readonly depth: number
}

const NONE = '（无）'
const UNREAD = '（没有识别到）'

function nodeContent(node: { paragraphs: readonly string[]; subPoints: readonly BulletinSubPoint[]; points?: readonly unknown[] }): string {
  const parts: string[] = []
  if (node.paragraphs.length > 0) parts.push(`正文 ${node.paragraphs.length} 段`)
  if (node.subPoints.length > 0) parts.push(`分项 ${node.subPoints.length} 个：${node.subPoints.map((point) => point.ordinal).join('、')}`)
  if (node.points && node.points.length > 0) parts.push(`小点 ${node.points.length} 个`)
  return parts.length === 0 ? '只有要点句' : parts.join('；')
}

/**
 * What staff check before publishing, in the order of the printed bulletin: issue, date, issuer, title,
 * the items with their leads and how many sub-points and points each has, each point with its level, the
 * 报/发/抄送 lists, editor and phone.
 * The staff page and `npm run import:bulletin` show the same rows.
 */
export function recognitionSummary({ header, body }: Bulletin): RecognitionRow[] {
  const row = (label: string, value: string, depth = 0): RecognitionRow => ({ label, value, nested: depth > 0, depth })
  return [
    row('期号', header.issueNumber === null ? UNREAD : `第 ${header.issueNumber} 期`),
    row('日期', header.issuedOn ?? UNREAD),
    row('发文单位', header.issuer ?? UNREAD),
    row('标题', body.title),
    row('导语', body.intro.length === 0 ? NONE : `${body.intro.length} 段`),
    row('条目', body.items.length === 0 ? NONE : `${body.items.length} 项`),
    ...body.items.flatMap((item) => [
      row(`${item.label}${item.lead}`, nodeContent(item), 1),
      ...item.points.map((point) => row(`${point.label}${point.lead}`, `${levelName(point.level)}；${nodeContent(point)}`, point.level)),
    ]),
    row('报', body.distribution.reportTo.join('、') || NONE),
    row('发', body.distribution.sendTo.join('、') || NONE),
    row('抄送', body.distribution.copyTo.join('、') || NONE),
    row('责任编辑', body.editor ?? UNREAD),
    row('联系电话', body.phone ?? UNREAD),
  ]
}
