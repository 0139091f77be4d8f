import { BULLETIN_LIMITS, EMPTY_BULLETIN_HEADER, type BulletinBody, type BulletinHeader, type BulletinItem } from './bulletin'
import { firstDifference } from './bulletin-difference'
import { parseIsoDate } from './calendar-date'
import { isPhoneNumber, splitRecipients } from './closing-line'
import { countBodyChars } from './count-body-chars'
import { classifyHeaderLine } from './header-line'
import { isNormalisedInlineText } from './inline-text'
import { matchItemLabel } from './item-label'
import { leadLength } from './lead-sentence'
import { continuesInto, isBodyLine, unitKindOf, HEADING_MAX_CHARS } from './line-grammar'
import { isPageFurniture } from './page-furniture'
import { parseBulletin } from './parse-bulletin'
import { isColon } from './punctuation'
import { renderBulletinLines, renderBulletinText } from './render-bulletin-text'
import { splitItemContent } from './split-item-content'
import { matchSubPointOrdinal, ordinalText } from './sub-point-ordinal'

/** A problem with one field of an edited bulletin: the field's path (`items.2.lead`) and the reason in plain Chinese. */
export interface BulletinFieldIssue {
  readonly field: string
  readonly reason: string
}

type Issues = BulletinFieldIssue[]

// Empty, badly spaced or too long: the checks every single-line field shares. A field printed on a line of
// its own must also not look like a page number, which the parser skips.
function checkLine(issues: Issues, field: string, text: string, max: number, name: string, alone = true): boolean {
  if (text === '') issues.push({ field, reason: `${name}不能为空` })
  else if (!isNormalisedInlineText(text)) issues.push({ field, reason: `${name}首尾不能有空格，中间不能换行或有连续空格` })
  else if (text.length > max) issues.push({ field, reason: `${name}不能超过 ${max} 字（现在 ${text.length} 字）` })
  else if (alone && isPageFurniture(text)) issues.push({ field, reason: `${name}不能只是页码或分隔线` })
  else return true
  return false
}

const RUNS_ON = '没有以句号、问号、感叹号或分号结尾，打印后会和下一段连成一段'

function checkTitle(issues: Issues, title: string): void {
  if (!checkLine(issues, 'title', title, BULLETIN_LIMITS.titleChars, '标题')) return
  if (isBodyLine(title)) {
    issues.push({ field: 'title', reason: '标题不能有句号、问号、感叹号或分号，不能以冒号结尾，也不能以编号或“报：”等开头' })
  } else if (classifyHeaderLine(title).kind === 'fields') {
    issues.push({ field: 'title', reason: '标题不能像期号或日期（如“第 10 期”“2017年9月30日”）' })
  }
}

function checkIntro(issues: Issues, intro: readonly string[], next: string | null): void {
  if (intro.length > BULLETIN_LIMITS.introParagraphs) {
    issues.push({ field: 'intro', reason: `导语最多 ${BULLETIN_LIMITS.introParagraphs} 段` })
  }
  intro.forEach((text, i) => {
    const field = `intro.${i}`
    if (!checkLine(issues, field, text, BULLETIN_LIMITS.paragraphChars, '导语段落')) return
    if (unitKindOf(text) !== 'plain') {
      issues.push({ field, reason: '导语段落不能以编号（如“1、”）或“报：”“责任编辑：”等开头' })
    } else if (i === 0 && !isBodyLine(text)) {
      issues.push({ field, reason: '第一段导语要有句号等标点，否则会被当成标题' })
    } else if (continuesInto(text, 'plain', intro[i + 1] ?? next)) {
      issues.push({ field, reason: `这一段${RUNS_ON}` })
    }
  })
}

// The lines an item prints after its lead, to check what each line runs into.
function itemContentLines(item: BulletinItem): string[] {
  return [
    ...item.paragraphs,
    ...item.subPoints.flatMap((subPoint) => subPoint.text.split('\n').map((part, k) => (k === 0 ? `${subPoint.ordinal}${part}` : part))),
  ]
}

function checkItem(issues: Issues, item: BulletinItem, i: number, firstLabel: string | null, next: string | null): void {
  const at = `items.${i}`
  const before = issues.length
  const label = matchItemLabel(item.label)
  const first = firstLabel === null ? null : matchItemLabel(firstLabel)
  if (item.number !== i + 1) issues.push({ field: `${at}.label`, reason: `这是第 ${i + 1} 项，序号应为 ${i + 1}` })
  else if (!label || label.label !== item.label || label.length !== item.label.length) {
    issues.push({ field: `${at}.label`, reason: '编号应写成“1、”“1.”“一、”或“（一）”这样' })
  } else if (label.number !== item.number) {
    issues.push({ field: `${at}.label`, reason: `编号“${item.label}”与序号 ${item.number} 不符` })
  } else if (first && label.style !== first.style) {
    issues.push({ field: `${at}.label`, reason: `编号格式应与第一项的“${first.label}”相同` })
  }

  const lines = itemContentLines(item)
  const leadLine = `${item.label}${item.lead}`
  if (checkLine(issues, `${at}.lead`, item.lead, BULLETIN_LIMITS.leadChars, '要点句', false)) {
    const relabelled = matchItemLabel(leadLine)
    if (leadLength(item.lead) !== item.lead.length) {
      issues.push({ field: `${at}.lead`, reason: '要点句只能是一句话：第一个句号之后的内容请写到正文段落里' })
    } else if (label && (relabelled?.length !== label.length || relabelled.label !== label.label)) {
      issues.push({ field: `${at}.lead`, reason: '要点句的开头会和编号连在一起被读错，请换个开头' })
    } else if (continuesInto(leadLine, 'item', lines[0] ?? next)) {
      issues.push({
        field: `${at}.lead`,
        reason: `要点句应以句号等结尾（不超过 ${HEADING_MAX_CHARS} 字、不带标点的小标题除外），否则会和下一段连在一起`,
      })
    }
  }

  if (item.paragraphs.length > BULLETIN_LIMITS.paragraphsPerItem) {
    issues.push({ field: `${at}.paragraphs`, reason: `每项最多 ${BULLETIN_LIMITS.paragraphsPerItem} 段` })
  }
  item.paragraphs.forEach((text, j) => {
    const field = `${at}.paragraphs.${j}`
    if (!checkLine(issues, field, text, BULLETIN_LIMITS.paragraphChars, '段落')) return
    if (unitKindOf(text) !== 'plain') issues.push({ field, reason: '段落不能以编号（如“2、”）或“报：”“责任编辑：”等开头' })
    else if (splitItemContent([text]).subPoints.length > 0) {
      issues.push({ field, reason: '段落里句号或冒号后面的“一是”“（1）”会被读成分项，请写到分项里' })
    } else if (continuesInto(text, 'plain', lines[j + 1] ?? next)) issues.push({ field, reason: `这一段${RUNS_ON}` })
  })

  if (item.subPoints.length > BULLETIN_LIMITS.subPointsPerItem) {
    issues.push({ field: `${at}.subPoints`, reason: `每项最多 ${BULLETIN_LIMITS.subPointsPerItem} 个分项` })
  }
  const style = matchSubPointOrdinal(item.subPoints[0]?.ordinal ?? '')?.style ?? null
  let line = item.paragraphs.length
  item.subPoints.forEach((subPoint, j) => {
    const field = `${at}.subPoints.${j}`
    const ordinal = matchSubPointOrdinal(subPoint.ordinal)
    if (!ordinal || ordinal.ordinal !== subPoint.ordinal || ordinal.length !== subPoint.ordinal.length) {
      issues.push({ field: `${field}.ordinal`, reason: '分项序号应写成“一是”“（1）”或“①”这样' })
    } else if (ordinal.style !== style) {
      issues.push({ field: `${field}.ordinal`, reason: `分项序号格式应与第一个分项的“${item.subPoints[0]?.ordinal ?? ''}”相同` })
    } else if (ordinal.number !== j + 1) {
      issues.push({ field: `${field}.ordinal`, reason: `这是第 ${j + 1} 个分项，序号应为“${ordinalText(ordinal.style, j + 1)}”` })
    }
    const parts = subPoint.text.split('\n')
    if (subPoint.text.length > BULLETIN_LIMITS.subPointChars) {
      issues.push({ field: `${field}.text`, reason: `分项内容不能超过 ${BULLETIN_LIMITS.subPointChars} 字` })
    }
    parts.forEach((part, k) => {
      const lineIndex = line + k
      if (!checkLine(issues, `${field}.text`, part, BULLETIN_LIMITS.paragraphChars, '分项内容的每一段', k > 0)) return
      if (k > 0 && unitKindOf(part) !== 'plain') {
        issues.push({ field: `${field}.text`, reason: '分项里的段落不能以编号（如“2、”）或“报：”“责任编辑：”等开头' })
      } else if (continuesInto(lines[lineIndex] ?? part, 'plain', lines[lineIndex + 1] ?? next)) {
        issues.push({ field: `${field}.text`, reason: `分项里的这一段${RUNS_ON}` })
      }
    })
    line += parts.length
  })

  if (issues.length === before) {
    const changed = resplitDifference(item, lines)
    if (changed) {
      issues.push({ field: `${at}.${changed}`, reason: '句号或冒号后面紧跟的“二是”“（2）”等序号会被读成新的分项，请改写或删去序号' })
    }
  }
}

// Where reading the item's printed lines back would cut its paragraphs and sub-points differently.
function resplitDifference(item: BulletinItem, lines: readonly string[]): string | null {
  const again = splitItemContent(lines)
  const paragraph = item.paragraphs.findIndex((text, j) => again.paragraphs[j] !== text)
  if (paragraph !== -1) return `paragraphs.${paragraph}`
  const count = Math.max(item.subPoints.length, again.subPoints.length)
  for (let j = 0; j < count; j++) {
    const mine = item.subPoints[j]
    const theirs = again.subPoints[j]
    if (mine?.ordinal !== theirs?.ordinal || mine?.text !== theirs?.text) return `subPoints.${Math.min(j, item.subPoints.length - 1)}.text`
  }
  return null
}

function checkItems(issues: Issues, body: BulletinBody): void {
  if (body.items.length > BULLETIN_LIMITS.items) issues.push({ field: 'items', reason: `最多 ${BULLETIN_LIMITS.items} 项` })
  const closing = closingLines(body)
  body.items.forEach((item, i) => {
    const after = body.items[i + 1]
    const next = after ? `${after.label}${after.lead}` : (closing[0] ?? null)
    checkItem(issues, item, i, body.items[0]?.label ?? null, next)
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

function bodyRules(body: BulletinBody): Issues {
  const issues: Issues = []
  checkTitle(issues, body.title)
  if (body.intro.length === 0 && body.items.length === 0) {
    issues.push({ field: 'intro', reason: '正文为空：至少要有一段导语或一个条目' })
  }
  const afterIntro = body.items[0] ? `${body.items[0].label}${body.items[0].lead}` : (closingLines(body)[0] ?? null)
  checkIntro(issues, body.intro, afterIntro)
  checkItems(issues, body)
  checkClosing(issues, body)
  const chars = countBodyChars(body)
  if (chars > BULLETIN_LIMITS.bodyChars) issues.push({ field: 'body', reason: `全文不能超过 ${BULLETIN_LIMITS.bodyChars} 字（现在 ${chars} 字）` })
  return issues
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

// The last word on every rule above: print the bulletin and read it back. Anything the printed text would
// not give back exactly is refused, so an accepted bulletin always survives render and parse.
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

/** Checks an edited body by the same rules the parser applies to pasted text; empty when it may be stored. */
export function validateBulletinBody(body: BulletinBody): BulletinFieldIssue[] {
  const issues = bodyRules(body)
  return issues.length > 0 ? issues : roundTrip(EMPTY_BULLETIN_HEADER, body)
}

/** Checks an edited header: a real issue number and date, and an issuer that reads as one. */
export function validateBulletinHeader(header: BulletinHeader): BulletinFieldIssue[] {
  return headerRules(header)
}

/** Checks a whole edited bulletin; when it is empty, `parseBulletin(renderBulletinText(header, body))` gives it back unchanged. */
export function validateBulletin(header: BulletinHeader, body: BulletinBody): BulletinFieldIssue[] {
  const issues = [...headerRules(header), ...bodyRules(body)]
  return issues.length > 0 ? issues : roundTrip(header, body)
}
