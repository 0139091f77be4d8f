import type { Bulletin, BulletinItem } from './bulletin'

/** One line of what the parser recognised, in words: 期号 / 第 10 期. */
export interface RecognitionRow {
  readonly label: string
  readonly value: string
  /** Item rows are indented under 条目 when printed. */
  readonly nested: boolean
}

const NONE = '（无）'
const UNREAD = '（没有识别到）'

function itemContent(item: BulletinItem): string {
  const parts: string[] = []
  if (item.paragraphs.length > 0) parts.push(`正文 ${item.paragraphs.length} 段`)
  if (item.subPoints.length > 0) parts.push(`分项 ${item.subPoints.length} 个：${item.subPoints.map((point) => point.ordinal).join('、')}`)
  return parts.length === 0 ? '只有要点句' : parts.join('；')
}

/**
 * What staff check before publishing, in the order of the printed bulletin: issue, date, issuer, title,
 * the items with their leads and how many sub-points each has, the 报/发/抄送 lists, editor and phone.
 * The staff page and `npm run import:bulletin` show the same rows.
 */
export function recognitionSummary({ header, body }: Bulletin): RecognitionRow[] {
  const row = (label: string, value: string, nested = false): RecognitionRow => ({ label, value, nested })
  return [
    row('期号', header.issueNumber === null ? UNREAD : `第 ${header.issueNumber} 期`),
    row('日期', header.issuedOn ?? UNREAD),
    row('发文单位', header.issuer ?? UNREAD),
    row('标题', body.title),
    row('导语', body.intro.length === 0 ? NONE : `${body.intro.length} 段`),
    row('条目', body.items.length === 0 ? NONE : `${body.items.length} 项`),
    ...body.items.map((item) => row(`${item.label}${item.lead}`, itemContent(item), true)),
    row('报', body.distribution.reportTo.join('、') || NONE),
    row('发', body.distribution.sendTo.join('、') || NONE),
    row('抄送', body.distribution.copyTo.join('、') || NONE),
    row('责任编辑', body.editor ?? UNREAD),
    row('联系电话', body.phone ?? UNREAD),
  ]
}
