import { BULLETIN_LIMITS, EMPTY_BULLETIN_HEADER, type BulletinBody, type BulletinHeader, type BulletinSubPoint } from './bulletin'
import { firstDifference } from './bulletin-difference'
import { parseIsoDate } from './calendar-date'
import { isPhoneNumber, splitRecipients } from './closing-line'
import { countBodyChars } from './count-body-chars'
import { explainReading } from './explain-reading'
import { checkLine, type BulletinFieldIssue } from './field-issue'
import { classifyHeaderLine } from './header-line'
import { isBodyLine, unitKindOf } from './line-grammar'
import { parseBulletin } from './parse-bulletin'
import { isColon } from './punctuation'
import { renderBulletinLines, renderBulletinText } from './render-bulletin-text'
import { matchSubPointOrdinal, ordinalText } from './sub-point-ordinal'
import { checkOutline, type ItemOutlines } from './validate-outline'

type Issues = BulletinFieldIssue[]

// A line that starts like 报： or 责任编辑： is read as the closing block, wherever it is printed.
function startsClosing(text: string): boolean {
  const kind = unitKindOf(text)
  return kind === 'distribution' || kind === 'closing'
}

function checkTitle(issues: Issues, title: string): void {
  if (!checkLine(issues, 'title', title, BULLETIN_LIMITS.titleChars, '标题')) return
  if (isBodyLine(title)) {
    issues.push({ field: 'title', reason: '标题不能有句号、问号、感叹号或分号，不能以冒号结尾，也不能以编号或“报：”等开头' })
  } else if (classifyHeaderLine(title).kind === 'fields') {
    issues.push({ field: 'title', reason: '标题不能像期号或日期（如“第 10 期”“2017年9月30日”）' })
  }
}

function checkIntro(issues: Issues, intro: readonly string[]): void {
  if (intro.length > BULLETIN_LIMITS.introParagraphs) {
    issues.push({ field: 'intro', reason: `导语最多 ${BULLETIN_LIMITS.introParagraphs} 段` })
  }
  intro.forEach((text, i) => {
    const field = `intro.${i}`
    if (checkLine(issues, field, text, BULLETIN_LIMITS.paragraphChars, '导语段落') && startsClosing(text)) {
      issues.push({ field, reason: '导语段落不能以“报：”“责任编辑：”等开头' })
    }
  })
}

interface NodeFields {
  readonly lead: string
  readonly paragraphs: readonly string[]
  readonly subPoints: readonly BulletinSubPoint[]
}

// The fields of an item or a point, each on its own: present, tidy, within its cap, sub-points in order.
function checkNodeFields(issues: Issues, node: NodeFields, at: string): void {
  checkLine(issues, `${at}.lead`, node.lead, BULLETIN_LIMITS.leadChars, '要点句', false)
  if (node.paragraphs.length > BULLETIN_LIMITS.paragraphsPerItem) {
    issues.push({ field: `${at}.paragraphs`, reason: `每项最多 ${BULLETIN_LIMITS.paragraphsPerItem} 段` })
  }
  node.paragraphs.forEach((text, j) => {
    const field = `${at}.paragraphs.${j}`
    if (checkLine(issues, field, text, BULLETIN_LIMITS.paragraphChars, '段落') && startsClosing(text)) {
      issues.push({ field, reason: '段落不能以“报：”“责任编辑：”等开头' })
    }
  })
  if (node.subPoints.length > BULLETIN_LIMITS.subPointsPerItem) {
    issues.push({ field: `${at}.subPoints`, reason: `每项最多 ${BULLETIN_LIMITS.subPointsPerItem} 个分项` })
  }
  const style = matchSubPointOrdinal(node.subPoints[0]?.ordinal ?? '')?.style ?? null
  node.subPoints.forEach((subPoint, j) => {
    const field = `${at}.subPoints.${j}`
    const ordinal = matchSubPointOrdinal(subPoint.ordinal)
    if (!ordinal || ordinal.ordinal !== subPoint.ordinal || ordinal.length !== subPoint.ordinal.length) {
      issues.push({ field: `${field}.ordinal`, reason: '分项序号应写成“一是”或“①”这样' })
    } else if (ordinal.style !== style) {
      issues.push({ field: `${field}.ordinal`, reason: `分项序号格式应与第一个分项的“${node.subPoints[0]?.ordinal ?? ''}”相同` })
    } else if (ordinal.number !== j + 1) {
      issues.push({ field: `${field}.ordinal`, reason: `这是第 ${j + 1} 个分项，序号应为“${ordinalText(ordinal.style, j + 1)}”` })
    }
    if (subPoint.text.length > BULLETIN_LIMITS.subPointChars) {
      issues.push({ field: `${field}.text`, reason: `分项内容不能超过 ${BULLETIN_LIMITS.subPointChars} 字` })
    }
    subPoint.text.split('\n').forEach((part, k) => {
      if (checkLine(issues, `${field}.text`, part, BULLETIN_LIMITS.paragraphChars, '分项内容的每一段', k > 0) && k > 0 && startsClosing(part)) {
        issues.push({ field: `${field}.text`, reason: '分项里的段落不能以“报：”“责任编辑：”等开头' })
      }
    })
  })
}

function closingLines(body: BulletinBody): string[] {
  return renderBulletinLines(EMPTY_BULLETIN_HEADER, { ...body, intro: [], items: [] })
    .filter((line) => line.field !== 'title')
    .map((line) => line.text)
}

function checkClosing(issues: Issues, body: BulletinBody): void {
  for (const key of ['reportTo', 'sendTo', 'copyTo'] as const) {
    const names = body.distribution[key]
    if (names.length > BULLETIN_LIMITS.recipients) {
      issues.push({ field: `distribution.${key}`, reason: `最多 ${BULLETIN_LIMITS.recipients} 个单位` })
    }
    names.forEach((name, i) => {
      const field = `distribution.${key}.${i}`
      if (!checkLine(issues, field, name, BULLETIN_LIMITS.recipientChars, '单位名称', false)) return
      const split = splitRecipients(name)
      if (split.length !== 1 || split[0] !== name) {
        issues.push({ field, reason: '单位名称里不能有“、”“，”“；”（引号内除外），也不能以句号结尾；每个单位单独填写' })
      }
    })
    const again = splitRecipients(names.join('、'))
    const unbalanced = names.findIndex((name, i) => again[i] !== name)
    if (unbalanced !== -1 && !issues.some((issue) => issue.field.startsWith(`distribution.${key}.`))) {
      issues.push({ field: `distribution.${key}.${unbalanced}`, reason: '单位名称里的引号要成对，否则会和后面的单位连在一起' })
    }
  }
  if (body.editor !== null && checkLine(issues, 'editor', body.editor, BULLETIN_LIMITS.editorChars, '编辑名字', false)) {
    if ([...body.editor].some((ch) => isColon(ch))) issues.push({ field: 'editor', reason: '编辑名字里不能有冒号' })
  }
  if (body.phone !== null && (!isPhoneNumber(body.phone) || body.phone.length > BULLETIN_LIMITS.phoneChars)) {
    issues.push({ field: 'phone', reason: '电话号码只能有数字、-、括号和空格，例如 0716-8219262' })
  }
}

// Each field on its own, and the numbering as a whole: what can be told without printing the bulletin.
function bodyRules(body: BulletinBody): { issues: Issues; outlines: ItemOutlines[] | null } {
  const issues: Issues = []
  checkTitle(issues, body.title)
  if (body.intro.length === 0 && body.items.length === 0) {
    issues.push({ field: 'intro', reason: '正文为空：至少要有一段导语或一个条目' })
  }
  checkIntro(issues, body.intro)
  if (body.items.length > BULLETIN_LIMITS.items) issues.push({ field: 'items', reason: `最多 ${BULLETIN_LIMITS.items} 项` })
  const outlines = checkOutline(issues, body)
  body.items.forEach((item, i) => {
    checkNodeFields(issues, item, `items.${i}`)
    item.points.forEach((point, k) => checkNodeFields(issues, point, `items.${i}.points.${k}`))
  })
  checkClosing(issues, body)
  const chars = countBodyChars(body)
  if (chars > BULLETIN_LIMITS.bodyChars) issues.push({ field: 'body', reason: `全文不能超过 ${BULLETIN_LIMITS.bodyChars} 字（现在 ${chars} 字）` })
  return { issues, outlines }
}

function headerRules(header: BulletinHeader): Issues {
  const issues: Issues = []
  const { issueNumber, issuer, issuedOn } = header
  if (issueNumber !== null && (!Number.isInteger(issueNumber) || issueNumber < 1 || issueNumber > BULLETIN_LIMITS.issueNumberMax)) {
    issues.push({ field: 'header.issueNumber', reason: `期号应为 1 到 ${BULLETIN_LIMITS.issueNumberMax} 的整数` })
  }
  if (issuer !== null && checkLine(issues, 'header.issuer', issuer, BULLETIN_LIMITS.issuerChars, '发文单位')) {
    if (isBodyLine(issuer)) issues.push({ field: 'header.issuer', reason: '发文单位不能有句号等标点，也不能以冒号结尾' })
    else if (classifyHeaderLine(issuer).kind !== 'text') {
      issues.push({ field: 'header.issuer', reason: '发文单位不能像期号、日期或“工作简报”这样的报头' })
    }
  }
  if (issuedOn !== null && parseIsoDate(issuedOn) === null) {
    issues.push({ field: 'header.issuedOn', reason: '日期应为真实存在的日期，写成 YYYY-MM-DD' })
  }
  return issues
}

// The last word on every rule: print the bulletin and read it back. Anything the printed text would not give
// back exactly is refused, so an accepted bulletin always survives render and parse.
function roundTrip(header: BulletinHeader, body: BulletinBody): Issues {
  const result = parseBulletin(renderBulletinText(header, body))
  if (!result.ok) {
    const fields = fieldsByLine(header, body)
    return result.errors.map((error) => ({ field: fields.get(error.line) ?? 'body', reason: `打印后无法重新读取：${error.reason}` }))
  }
  const field = firstDifference({ header, body }, result.bulletin)
  return field === null ? [] : [{ field, reason: '这一栏打印成文字后会被读成不同的内容，请检查标点、编号和换行' }]
}

function fieldsByLine(header: BulletinHeader, body: BulletinBody): Map<number, string> {
  const fields = new Map<number, string>()
  let line = 0
  for (const rendered of renderBulletinLines(header, body)) {
    line += rendered.blankBefore ? 2 : 1
    fields.set(line, rendered.field)
  }
  return fields
}

// The fields pass: read the print back, and when it differs, say field by field why it would.
function readBack(header: BulletinHeader, body: BulletinBody, outlines: readonly ItemOutlines[]): Issues {
  const differences = roundTrip(header, body)
  if (differences.length === 0) return []
  const explained = explainReading(body, outlines, closingLines(body)[0] ?? null)
  return explained.length > 0 ? explained : differences
}

/** Checks an edited body by the same rules the parser applies to pasted text; empty when it may be stored. */
export function validateBulletinBody(body: BulletinBody): BulletinFieldIssue[] {
  const { issues, outlines } = bodyRules(body)
  return issues.length > 0 || outlines === null ? issues : readBack(EMPTY_BULLETIN_HEADER, body, outlines)
}

/** Checks an edited header: a real issue number and date, and an issuer that reads as one. */
export function validateBulletinHeader(header: BulletinHeader): BulletinFieldIssue[] {
  return headerRules(header)
}

/** Checks a whole edited bulletin; when it is empty, `parseBulletin(renderBulletinText(header, body))` gives it back unchanged. */
export function validateBulletin(header: BulletinHeader, body: BulletinBody): BulletinFieldIssue[] {
  const { issues, outlines } = bodyRules(body)
  const all = [...headerRules(header), ...issues]
  return all.length > 0 || outlines === null ? all : readBack(header, body, outlines)
}
