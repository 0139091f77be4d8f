import type { Bulletin, BulletinSubPoint } from '../../../domain/bulletins/bulletin'
import { toChineseNumeral } from '../../../domain/bulletins/chinese-numerals'
import { matchItemLabel } from '../../../domain/bulletins/item-label'
import { splitForSpeech, type SpeechLimits } from '../../../lib/speech-chunks'
import { bulletinDate, issueLabel } from './bulletin-dates'
import { CLOSING_ANCHOR, INTRO_ANCHOR, itemAnchor, MASTHEAD_ANCHOR } from './bulletin-outline'
import { dialablePhones } from './dialable-phones'

/** One part of the bulletin read aloud in one go, marked on the page while it is read. */
export interface ReadingSegment {
  /** The element id of the part on the page: it is marked and scrolled to. */
  readonly anchor: string
  /** What is being read, in words: 标题, 导语, 第 3 项, 联系电话. */
  readonly name: string
  /** The pieces to speak, in order, each within the speech engine's limits. */
  readonly pieces: readonly string[]
}

// How a label sounds: （二） and 2. are said "二、" and "2、", so no engine reads out brackets or "点".
function spokenLabel(label: string): string {
  const match = matchItemLabel(label)
  if (!match) return label
  const numeral = match.style === 'arabic' || match.style === 'parenthesised-arabic' ? String(match.number) : toChineseNumeral(match.number)
  return `${numeral}、`
}

// A lead without a full stop (a heading) gets one, so the voice pauses before the text under it.
function spokenLead(lead: string): string {
  return /[。！？；：!?;:…”）]$/.test(lead) ? lead : `${lead}。`
}

function spokenContent(paragraphs: readonly string[], subPoints: readonly BulletinSubPoint[]): string[] {
  return [...paragraphs, ...subPoints.map(point => `${point.ordinal}，${point.text.replace(/\n/g, '')}`)]
}

// Digits said one by one: 8219262 as 八二一九二六二, not as a number in the millions.
function spokenDigits(phone: string): string {
  return Array.from(phone.replace(/\D/g, '')).join(' ')
}

/**
 * What 听简报 reads, in the order of the page: the title with the issue, date and issuer; the intro; each item
 * with its sub-points and the points below it; and the number to call. Each part is cut into pieces the
 * speech engine accepts (`limits`); a part that says nothing is left out.
 */
export function readingPlan({ header, body }: Bulletin, limits: SpeechLimits, publishedAt: string | null = null): ReadingSegment[] {
  const segment = (anchor: string, name: string, texts: readonly string[]): ReadingSegment[] => {
    const pieces = texts.flatMap(text => splitForSpeech(text, limits))
    return pieces.length === 0 ? [] : [{ anchor, name, pieces }]
  }
  const meta = [issueLabel(header.issueNumber), bulletinDate(header.issuedOn, publishedAt), header.issuer ?? ''].filter(part => part !== '')
  const phones = dialablePhones(body.phone)
  return [
    ...segment(MASTHEAD_ANCHOR, '标题', [spokenLead(body.title), ...(meta.length > 0 ? [`${meta.join('，')}。`] : [])]),
    ...segment(INTRO_ANCHOR, '导语', body.intro),
    ...body.items.flatMap(item =>
      segment(itemAnchor(item.number), `第 ${item.number} 项`, [
        `第${toChineseNumeral(item.number)}项，${spokenLead(item.lead)}`,
        ...spokenContent(item.paragraphs, item.subPoints),
        ...item.points.flatMap(point => [`${spokenLabel(point.label)}${spokenLead(point.lead)}`, ...spokenContent(point.paragraphs, point.subPoints)]),
      ]),
    ),
    ...segment(
      CLOSING_ANCHOR,
      '联系电话',
      phones.map(phone => `联系电话：${spokenDigits(phone.dial)}。`),
    ),
  ]
}
