const TOP_LEVEL: Readonly<Record<string, string>> = {
  'header.issueNumber': '期号',
  'header.issuer': '发文单位',
  'header.issuedOn': '日期',
  title: '标题',
  intro: '导语',
  items: '条目',
  editor: '责任编辑',
  phone: '联系电话',
  body: '正文',
  'distribution.reportTo': '“报”送单位',
  'distribution.sendTo': '“发”送单位',
  'distribution.copyTo': '“抄送”单位',
}

function nodePartLabel(where: string, part: string | undefined, index: number | null, detail: string | undefined): string {
  switch (part) {
    case 'label':
      return `${where}的编号`
    case 'lead':
      return `${where}的要点句`
    case 'paragraphs':
      return index === null ? `${where}的正文` : `${where}正文第 ${index} 段`
    case 'subPoints':
      if (index === null) return `${where}的分项`
      return `${where}第 ${index} 个分项${detail === 'ordinal' ? '的序号' : ''}`
    case 'points':
      return `${where}的小点`
    default:
      return where
  }
}

const NODE_PART = '(?:\\.(label|lead|paragraphs|subPoints|points)(?:\\.(\\d+))?(?:\\.(ordinal|text))?)?'
const ITEM_FIELD = new RegExp(`^items\\.(\\d+)${NODE_PART}$`)
const POINT_FIELD = new RegExp(`^items\\.(\\d+)\\.points\\.(\\d+)${NODE_PART}$`)

/**
 * A field path of an edited bulletin (`items.2.lead`, `items.2.points.0.label`, `body.intro.0`, `header.issuedOn`)
 * in words staff understand (第 3 项的要点句, 第 3 项第 1 个小点的编号), to say where a problem is when it cannot be shown beside the field itself.
 */
export function bulletinFieldLabel(path: string): string {
  const field = path.replace(/^body\./, '')
  const exact = TOP_LEVEL[field]
  if (exact !== undefined) return exact
  const intro = /^intro\.(\d+)$/.exec(field)
  if (intro) return `导语第 ${Number(intro[1]) + 1} 段`
  const recipient = /^distribution\.(reportTo|sendTo|copyTo)\.(\d+)$/.exec(field)
  if (recipient) return `${TOP_LEVEL[`distribution.${recipient[1] ?? ''}`] ?? ''}第 ${Number(recipient[2]) + 1} 个`
  const point = POINT_FIELD.exec(field)
  if (point) {
    const where = `第 ${Number(point[1]) + 1} 项第 ${Number(point[2]) + 1} 个小点`
    return nodePartLabel(where, point[3], point[4] === undefined ? null : Number(point[4]) + 1, point[5])
  }
  const item = ITEM_FIELD.exec(field)
  if (item) return nodePartLabel(`第 ${Number(item[1]) + 1} 项`, item[2], item[3] === undefined ? null : Number(item[3]) + 1, item[4])
  return field
}
