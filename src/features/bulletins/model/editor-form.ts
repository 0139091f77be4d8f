import type { Bulletin, BulletinItem } from '../../../domain/bulletins/bulletin'
import type { BulletinProblem } from '../../../domain/bulletins/check-bulletin'
import { splitRecipients } from '../../../domain/bulletins/closing-line'
import { foldWidth } from '../../../domain/bulletins/fold-width'
import { labelLike, matchItemLabel } from '../../../domain/bulletins/item-label'
import { matchSubPointOrdinal, ordinalText } from '../../../domain/bulletins/sub-point-ordinal'

/** One sub-point as the form edits it; `key` keeps React rows stable while points are added and removed. */
export interface SubPointForm {
  readonly key: string
  readonly ordinal: string
  /** Several paragraphs, one per line. */
  readonly text: string
}

export interface ItemForm {
  readonly key: string
  readonly label: string
  readonly lead: string
  /** Paragraphs after the lead, one per line. */
  readonly paragraphs: string
  readonly subPoints: readonly SubPointForm[]
}

/** A bulletin as the staff form holds it: plain strings for every field, lists one per line or split on 、. */
export interface BulletinForm {
  readonly kind: string
  readonly issueNumber: string
  readonly issuer: string
  readonly issuedOn: string
  readonly title: string
  readonly intro: string
  readonly items: readonly ItemForm[]
  readonly reportTo: string
  readonly sendTo: string
  readonly copyTo: string
  readonly editor: string
  readonly phone: string
}

let keys = 0
const nextKey = (prefix: string): string => `${prefix}-${(keys += 1)}`

const lines = (text: string): string[] =>
  text
    .split(/\r\n|\r|\n/)
    .map(line => line.trim())
    .filter(line => line !== '')

/** An empty form for a new bulletin of a kind. */
export function emptyForm(kind: string): BulletinForm {
  return { kind, issueNumber: '', issuer: '', issuedOn: '', title: '', intro: '', items: [], reportTo: '', sendTo: '', copyTo: '', editor: '', phone: '' }
}

function itemForm(item: BulletinItem): ItemForm {
  return {
    key: nextKey('item'),
    label: item.label,
    lead: item.lead,
    paragraphs: item.paragraphs.join('\n'),
    subPoints: item.subPoints.map(point => ({ key: nextKey('point'), ordinal: point.ordinal, text: point.text })),
  }
}

/** The form filled from a parsed or stored bulletin. */
export function formFromBulletin(kind: string, { header, body }: Bulletin): BulletinForm {
  return {
    kind,
    issueNumber: header.issueNumber === null ? '' : String(header.issueNumber),
    issuer: header.issuer ?? '',
    issuedOn: header.issuedOn ?? '',
    title: body.title,
    intro: body.intro.join('\n'),
    items: body.items.map(itemForm),
    reportTo: body.distribution.reportTo.join('、'),
    sendTo: body.distribution.sendTo.join('、'),
    copyTo: body.distribution.copyTo.join('、'),
    editor: body.editor ?? '',
    phone: body.phone ?? '',
  }
}

const pad = (n: string) => n.padStart(2, '0')

/** A date typed as 2017-09-30, 2017.9.30 or 2017年9月30日, as `YYYY-MM-DD`; other text is kept for the rules to refuse. */
export function normaliseDateInput(text: string): string {
  const match = /^(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})\D?$/.exec(foldWidth(text).trim())
  return match ? `${match[1] ?? ''}-${pad(match[2] ?? '')}-${pad(match[3] ?? '')}` : text.trim()
}

/**
 * The bulletin the form describes, for the full rules (`checkBulletin`) to judge, and the problems only the
 * form can see (an issue number that is not a number).
 */
export function bulletinFromForm(form: BulletinForm): { bulletin: Bulletin; problems: BulletinProblem[] } {
  const problems: BulletinProblem[] = []
  const issueText = foldWidth(form.issueNumber).trim()
  let issueNumber: number | null = null
  if (/^\d{1,4}$/.test(issueText)) issueNumber = Number(issueText)
  else if (issueText !== '') problems.push({ field: 'header.issueNumber', reason: '期号只能填数字，例如 10' })
  const bulletin: Bulletin = {
    header: { issueNumber, issuer: form.issuer.trim() === '' ? null : form.issuer, issuedOn: form.issuedOn.trim() === '' ? null : normaliseDateInput(form.issuedOn) },
    body: {
      title: form.title,
      intro: lines(form.intro),
      items: form.items.map((item, i) => ({
        number: i + 1,
        label: item.label.trim(),
        lead: item.lead,
        paragraphs: lines(item.paragraphs),
        subPoints: item.subPoints.map(point => ({ ordinal: point.ordinal.trim(), text: lines(point.text).join('\n') })),
        points: [],
      })),
      distribution: { reportTo: splitRecipients(form.reportTo), sendTo: splitRecipients(form.sendTo), copyTo: splitRecipients(form.copyTo) },
      editor: form.editor.trim() === '' ? null : form.editor,
      phone: form.phone.trim() === '' ? null : form.phone,
    },
  }
  return { bulletin, problems }
}

// Items are numbered 1, 2, 3… in the style of the first label (1、 / 一、 / （一）).
function relabel(items: readonly ItemForm[]): ItemForm[] {
  const first = matchItemLabel(items[0]?.label ?? '')
  return items.map((item, i) => ({ ...item, label: first ? labelLike(first, i + 1) : `${i + 1}、` }))
}

// Sub-points are numbered in the family of the first (一是 / （1） / ①).
function reorder(points: readonly SubPointForm[]): SubPointForm[] {
  const style = matchSubPointOrdinal(points[0]?.ordinal ?? '')?.style ?? 'shi'
  return points.map((point, j) => ({ ...point, ordinal: ordinalText(style, j + 1) }))
}

/** Adds an empty item at the end, numbered like the others. */
export function addItem(form: BulletinForm): BulletinForm {
  return { ...form, items: relabel([...form.items, { key: nextKey('item'), label: '', lead: '', paragraphs: '', subPoints: [] }]) }
}

/** Removes an item; the ones after it are renumbered. */
export function removeItem(form: BulletinForm, index: number): BulletinForm {
  return { ...form, items: relabel(form.items.filter((_, i) => i !== index)) }
}

export function updateItem(form: BulletinForm, index: number, change: Partial<Omit<ItemForm, 'key' | 'subPoints'>>): BulletinForm {
  return { ...form, items: form.items.map((item, i) => (i === index ? { ...item, ...change } : item)) }
}

export function addSubPoint(form: BulletinForm, itemIndex: number): BulletinForm {
  return {
    ...form,
    items: form.items.map((item, i) => (i === itemIndex ? { ...item, subPoints: reorder([...item.subPoints, { key: nextKey('point'), ordinal: '', text: '' }]) } : item)),
  }
}

export function removeSubPoint(form: BulletinForm, itemIndex: number, pointIndex: number): BulletinForm {
  return {
    ...form,
    items: form.items.map((item, i) => (i === itemIndex ? { ...item, subPoints: reorder(item.subPoints.filter((_, j) => j !== pointIndex)) } : item)),
  }
}

export function updateSubPoint(form: BulletinForm, itemIndex: number, pointIndex: number, change: Partial<Omit<SubPointForm, 'key'>>): BulletinForm {
  return {
    ...form,
    items: form.items.map((item, i) =>
      i === itemIndex ? { ...item, subPoints: item.subPoints.map((point, j) => (j === pointIndex ? { ...point, ...change } : point)) } : item,
    ),
  }
}
