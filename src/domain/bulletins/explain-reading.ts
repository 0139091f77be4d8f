import type { BulletinBody, BulletinSubPoint } from './bulletin'
import type { BulletinFieldIssue } from './field-issue'
import { matchItemLabel, type ItemLabelMatch } from './item-label'
import { leadLength } from './lead-sentence'
import { continuesInto, isBodyLine, unitKindOf, HEADING_MAX_CHARS } from './line-grammar'
import { placeLabel, type Outline } from './outline'
import { printedLeadLine } from './render-bulletin-text'
import { runInLabels } from './run-in'
import { splitItemContent } from './split-item-content'
import type { ItemOutlines } from './validate-outline'

const RUNS_ON = '没有以句号、问号、感叹号或分号结尾，打印后会和下一段连成一段'
const NEW_NODE = '会被读成新的一项或小点'

/** What an item and a point have in common below their label. */
interface NodeContent {
  readonly label: string
  readonly lead: string
  readonly paragraphs: readonly string[]
  readonly subPoints: readonly BulletinSubPoint[]
}

// A line that would open an item or a point where it stands.
function opensNode(outline: Outline, text: string): ItemLabelMatch | null {
  const label = matchItemLabel(text)
  return label && text.slice(label.length).trim() !== '' && placeLabel(outline, label) !== null ? label : null
}

// A label run in after a sentence that would open an item or a point where it stands.
function hiddenRunIn(outline: Outline, text: string, from = 0): ItemLabelMatch | null {
  return runInLabels(text, from).find((runIn) => placeLabel(outline, runIn.label) !== null)?.label ?? null
}

function explainIntro(issues: BulletinFieldIssue[], intro: readonly string[], next: string | null): void {
  intro.forEach((text, i) => {
    const field = `intro.${i}`
    const opens = opensNode([], text)
    if (opens) issues.push({ field, reason: `导语段落开头的“${opens.label}”${NEW_NODE}，请删去编号，或把它改成第一项` })
    else if (i === 0 && !isBodyLine(text)) issues.push({ field, reason: '第一段导语要有句号等标点，否则会被当成标题' })
    else if (continuesInto(text, unitKindOf(text), intro[i + 1] ?? next)) issues.push({ field, reason: `这一段${RUNS_ON}` })
  })
}

// The lines a node prints after its lead.
function contentLines(node: NodeContent): string[] {
  return [
    ...node.paragraphs,
    ...node.subPoints.flatMap((subPoint) => subPoint.text.split('\n').map((part, k) => (k === 0 ? `${subPoint.ordinal}${part}` : part))),
  ]
}

// Why a printed line of a node's content would not read back as it is, or null.
function lineProblem(line: string, outline: Outline, startsLine: boolean): string | null {
  const opens = startsLine ? opensNode(outline, line) : null
  if (opens) return `段落开头的“${opens.label}”${NEW_NODE}，请删去编号，或把它改成一项或小点`
  const hidden = hiddenRunIn(outline, line)
  return hidden ? `句号、分号或冒号后面紧跟的“${hidden.label}”${NEW_NODE}，请改写或删去编号，或把它分出来` : null
}

// Where reading the node's printed lines back would cut its paragraphs and sub-points differently.
function resplitDifference(node: NodeContent, lines: readonly string[]): string | null {
  const again = splitItemContent(lines)
  const paragraph = node.paragraphs.findIndex((text, j) => again.paragraphs[j] !== text)
  if (paragraph !== -1) return `paragraphs.${paragraph}`
  const count = Math.max(node.subPoints.length, again.subPoints.length)
  for (let j = 0; j < count; j++) {
    const mine = node.subPoints[j]
    const theirs = again.subPoints[j]
    if (mine?.ordinal !== theirs?.ordinal || mine?.text !== theirs?.text) return `subPoints.${Math.min(j, node.subPoints.length - 1)}.text`
  }
  return null
}

// The lead, paragraphs and sub-points of an item or a point at `at`, printed before the line `next`.
function explainNode(issues: BulletinFieldIssue[], node: NodeContent, at: string, next: string | null, outline: Outline): void {
  const before = issues.length
  const lines = contentLines(node)
  const leadLine = printedLeadLine(node.label, node.lead)
  const labelChars = leadLine.length - node.lead.length
  const relabelled = matchItemLabel(leadLine)
  const hidden = hiddenRunIn(outline, leadLine, labelChars)
  if (leadLength(node.lead) !== node.lead.length) {
    issues.push({ field: `${at}.lead`, reason: '要点句只能是一句话：第一个句号之后的内容请写到正文段落里' })
  } else if (relabelled?.label !== node.label || relabelled.length !== labelChars) {
    issues.push({ field: `${at}.lead`, reason: '要点句的开头会和编号连在一起被读错，请换个开头' })
  } else if (hidden) {
    issues.push({ field: `${at}.lead`, reason: `要点句里分号或冒号后面的“${hidden.label}”${NEW_NODE}，请改写或删去编号` })
  } else if (continuesInto(leadLine, 'item', lines[0] ?? next)) {
    issues.push({
      field: `${at}.lead`,
      reason: `要点句应以句号等结尾（不超过 ${HEADING_MAX_CHARS} 字、不带标点的小标题除外），否则会和下一段连在一起`,
    })
  }

  node.paragraphs.forEach((text, j) => {
    const field = `${at}.paragraphs.${j}`
    const problem = lineProblem(text, outline, true)
    if (problem) issues.push({ field, reason: problem })
    else if (splitItemContent([text]).subPoints.length > 0) {
      issues.push({ field, reason: '段落里句号或冒号后面的“一是”“①”会被读成分项，请写到分项里' })
    } else if (continuesInto(text, unitKindOf(text), lines[j + 1] ?? next)) issues.push({ field, reason: `这一段${RUNS_ON}` })
  })

  let line = node.paragraphs.length
  node.subPoints.forEach((subPoint, j) => {
    const field = `${at}.subPoints.${j}.text`
    subPoint.text.split('\n').forEach((_part, k) => {
      const printed = lines[line + k] ?? ''
      const problem = lineProblem(printed, outline, k > 0)
      if (problem) issues.push({ field, reason: problem })
      else if (continuesInto(printed, unitKindOf(printed), lines[line + k + 1] ?? next)) {
        issues.push({ field, reason: `分项里的这一段${RUNS_ON}` })
      }
    })
    line += subPoint.text.split('\n').length
  })

  if (issues.length === before) {
    const changed = resplitDifference(node, lines)
    if (changed) {
      issues.push({ field: `${at}.${changed}`, reason: '句号或冒号后面紧跟的“二是”“②”等序号会被读成新的分项，请改写或删去序号' })
    }
  }
}

/**
 * Why a body whose fields are each in order would still not read back the same once printed, field by field:
 * a paragraph that runs into the next, a label or an ordinal that would start an item, a point or a sub-point,
 * a lead of two sentences. Asked only when printing and reading back has shown a difference, so that it never
 * refuses what does read back; `closing` is the first line printed after the items.
 */
export function explainReading(body: BulletinBody, outlines: readonly ItemOutlines[], closing: string | null): BulletinFieldIssue[] {
  const issues: BulletinFieldIssue[] = []
  const lineOf = (node: NodeContent | undefined, after: string | null): string | null => (node ? printedLeadLine(node.label, node.lead) : after)
  explainIntro(issues, body.intro, lineOf(body.items[0], closing))
  body.items.forEach((item, i) => {
    const outline = outlines[i]
    if (!outline) return
    const nextItem = lineOf(body.items[i + 1], closing)
    explainNode(issues, item, `items.${i}`, lineOf(item.points[0], nextItem), outline.item)
    item.points.forEach((point, k) => {
      explainNode(issues, point, `items.${i}.points.${k}`, lineOf(item.points[k + 1], nextItem), outline.points[k] ?? outline.item)
    })
  })
  return issues
}
