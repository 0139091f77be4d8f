import { BULLETIN_LIMITS, type BulletinHeader } from './bulletin'
import { classifyHeaderLine, isMastheadLine } from './header-line'
import { isBodyLine } from './line-grammar'
import { isPageFurniture } from './page-furniture'
import type { ParseLog } from './parse-log'
import type { SourceLine } from './source-lines'

/** The header fields, the title, and where the body begins. */
export interface HeaderReading {
  readonly header: BulletinHeader
  readonly title: { readonly text: string; readonly line: number } | null
  /** Index in the lines of the first body line (the intro, the first item, or the closing block). */
  readonly bodyStart: number
}

interface Placed {
  readonly text: string
  readonly line: number
  readonly index: number
}

/**
 * Reads everything above the first body line. The masthead (工作简报, 内部资料) may only open the text;
 * 第 N 期 and the date may share a line with the issuer; the title is the last line of the header,
 * after every 期号 and date line; one other plain line is the issuer.
 */
export function readHeader(lines: readonly SourceLine[], log: ParseLog): HeaderReading {
  const found = lines.findIndex((line) => line.furniture === null && isBodyLine(line.text))
  const bodyStart = found === -1 ? lines.length : found
  const region = lines.slice(0, bodyStart).filter((line) => line.furniture === null)

  let issueNumber: number | null = null
  let issueSeen: { line: number; printed: string } | null = null
  let issuedOn: string | null = null
  let dateSeen: { line: number; printed: string } | null = null
  const mastheads: Placed[] = []
  const texts: Placed[] = []
  const besideFields: Placed[] = []
  let atTop = true
  let lastField = -1
  let dateIndex = -1

  region.forEach((line, index) => {
    const kind = classifyHeaderLine(line.text)
    const placed = { text: line.text, line: line.number, index }
    if (kind.kind === 'masthead' && atTop) {
      mastheads.push(placed)
      return
    }
    atTop = false
    if (kind.kind !== 'fields') {
      texts.push(placed)
      return
    }
    lastField = index
    if (kind.issueNumber !== null) {
      const printed = kind.issuePrinted ?? ''
      if (issueSeen) log.error(line.number, `期号重复：第 ${issueSeen.line} 行已有“${issueSeen.printed}”，这里又有“${printed}”`)
      else if (kind.issueNumber < 1 || kind.issueNumber > BULLETIN_LIMITS.issueNumberMax)
        log.error(line.number, `期号“${printed}”不对：应在 1 到 ${BULLETIN_LIMITS.issueNumberMax} 之间`)
      else {
        issueNumber = kind.issueNumber
        log.recognise(line.number, 'issueNumber', printed)
      }
      issueSeen ??= { line: line.number, printed }
    }
    if (kind.date !== null) {
      dateIndex = index
      const { printed, iso } = kind.date
      if (dateSeen) log.error(line.number, `日期重复：第 ${dateSeen.line} 行已有“${dateSeen.printed}”，这里又有“${printed}”`)
      else if (iso === null) log.error(line.number, `日期“${printed}”不存在，请核对年月日`)
      else {
        issuedOn = iso
        log.recognise(line.number, 'issuedOn', printed)
      }
      dateSeen ??= { line: line.number, printed }
    }
    if (kind.issuer === null) return
    // Beside 第 N 期 or a date, only something that could stand as the issuer's own line is one.
    if (isBodyLine(kind.issuer) || classifyHeaderLine(kind.issuer).kind !== 'text' || isPageFurniture(kind.issuer)) {
      log.error(line.number, `无法识别报头中的“${kind.issuer}”`)
    } else {
      besideFields.push({ text: kind.issuer, line: line.number, index })
    }
  })

  const last = texts[texts.length - 1]
  let title: Placed | null = null
  if (last && last.index > lastField) title = texts.pop() ?? null
  else if (!last && lastField === -1) title = mastheads.pop() ?? null // 九月份工作简报 alone above the body is a title
  // A masthead-like line below the header fields (2017年9月30日 / 工作简报 / 标题) is still no issuer.
  const plain = texts.filter((text) => {
    if (!isMastheadLine(text.text)) return true
    mastheads.push(text)
    return false
  })
  for (const masthead of mastheads) log.recognise(masthead.line, 'masthead', masthead.text)

  if (title === null) {
    const where = lines[bodyStart]?.number ?? region[region.length - 1]?.number ?? 1
    log.error(where, '找不到标题：标题应单独占一行，写在期号、发文单位、日期之后，正文之前')
  } else {
    log.recognise(title.line, 'title', title.text)
  }

  // The issuer stands above the date or beside it; a plain line between the date and the title is a second
  // title line or the start of the body cut by a page break.
  const stray = dateIndex === -1 ? [] : plain.filter((text) => text.index > dateIndex)
  for (const text of stray) {
    log.error(
      text.line,
      `报头中多出一行“${text.text}”：标题只能占一行${title ? `（若第 ${title.line} 行是被分页截断的正文，请把它接回同一行）` : ''}`,
    )
  }
  const issuers = [...besideFields, ...plain.filter((text) => !stray.includes(text))].sort((a, b) => a.line - b.line)
  const [issuer, ...extra] = issuers
  for (const line of extra) {
    log.error(line.line, `无法识别的报头行“${line.text}”：发文单位已在第 ${issuer?.line ?? line.line} 行`)
  }
  if (issuer && issuer.text.length > BULLETIN_LIMITS.issuerChars) {
    log.error(issuer.line, `发文单位超过 ${BULLETIN_LIMITS.issuerChars} 字：“${issuer.text}”`)
  } else if (issuer) {
    log.recognise(issuer.line, 'issuer', issuer.text)
  }

  return {
    header: { issueNumber, issuer: issuer?.text ?? null, issuedOn },
    title: title ? { text: title.text, line: title.line } : null,
    bodyStart,
  }
}
