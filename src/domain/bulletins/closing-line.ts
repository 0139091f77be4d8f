import { foldWidth } from './fold-width'
import { normaliseInlineText } from './inline-text'
import { nextQuoteDepth } from './punctuation'

/** The fields of a bulletin's closing block. */
export type ClosingField = 'reportTo' | 'sendTo' | 'copyTo' | 'editor' | 'phone'

const LABELS: Readonly<Record<string, ClosingField>> = {
  报送: 'reportTo',
  报: 'reportTo',
  发送: 'sendTo',
  分送: 'sendTo',
  发: 'sendTo',
  抄送: 'copyTo',
  抄报: 'copyTo',
  责任编辑: 'editor',
  编辑: 'editor',
  联系电话: 'phone',
  电话: 'phone',
}

// Longer labels first so 报送 is not read as 报 followed by 送.
const LABEL_SOURCE = Object.keys(LABELS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const AT_START = new RegExp(`^(${LABEL_SOURCE}) ?:`)
const ANYWHERE = new RegExp(`(?:^| )(${LABEL_SOURCE}) ?: ?`, 'g')

/** The closing label a line starts with (报：, 发:, 抄送：, 责任编辑：, 联系电话：), or null. */
export function matchClosingLabel(line: string): ClosingField | null {
  const match = AT_START.exec(foldWidth(line.slice(0, 6)))
  return match ? (LABELS[match[1] ?? ''] ?? null) : null
}

/** One `label：value` pair on a closing line. */
export interface ClosingEntry {
  readonly field: ClosingField
  readonly label: string
  readonly value: string
}

/** Splits a closing line into its fields: 责任编辑：施晓露  联系电话：8219262 gives the editor and the phone. */
export function readClosingLine(line: string): ClosingEntry[] {
  const folded = foldWidth(line)
  const starts = [...folded.matchAll(ANYWHERE)]
  return starts.map((match, i) => {
    const label = match[1] ?? ''
    const valueStart = match.index + match[0].length
    const valueEnd = starts[i + 1]?.index ?? line.length
    return { field: LABELS[label] ?? 'editor', label, value: line.slice(valueStart, valueEnd).trim() }
  })
}

const SEPARATORS = new Set(['、', '，', ',', '；', ';'])

/** Splits a distribution list on 、，；, keeping quoted names such as 市“四大家”有关领导 whole; a closing 。 is dropped. */
export function splitRecipients(list: string): string[] {
  const names: string[] = []
  let depth = 0
  let current = ''
  for (const ch of list) {
    if (depth === 0 && SEPARATORS.has(ch)) {
      names.push(current)
      current = ''
      continue
    }
    depth = nextQuoteDepth(depth, ch)
    current += ch
  }
  names.push(current)
  return names.map((name) => normaliseInlineText(name.replace(/[。.\s]+$/, ''))).filter((name) => name !== '')
}

const PHONE = /^\+?[0-9()\- ]*[0-9][0-9()\- ]*(?:转[0-9]+)?(?:[、,/] ?\+?[0-9()\- ]*[0-9][0-9()\- ]*(?:转[0-9]+)?)*$/

/** The phone number as stored: half-width digits and single spaces (（0716）8219262 → (0716)8219262). */
export function normalisePhone(printed: string): string {
  return normaliseInlineText(foldWidth(printed))
}

/** True for a stored phone number: digits with - ( ) + spaces, an optional 转 extension, several joined by 、 or /. */
export function isPhoneNumber(phone: string): boolean {
  const digits = phone.replace(/\D/g, '').length
  return PHONE.test(phone) && digits >= 5 && normalisePhone(phone) === phone
}
