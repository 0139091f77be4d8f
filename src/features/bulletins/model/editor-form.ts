import type { Bulletin, BulletinItem, BulletinPoint, BulletinSubPoint } from '../../../domain/bulletins/bulletin'
import type { BulletinProblem } from '../../../domain/bulletins/check-bulletin'
import { splitRecipients } from '../../../domain/bulletins/closing-line'
import { foldWidth } from '../../../domain/bulletins/fold-width'
import { labelLike, matchItemLabel } from '../../../domain/bulletins/item-label'
import {
  appendPoint,
  levelTemplates,
  nextKey,
  numberPoints,
  removePoint as removePointAt,
  renumberSubPoints,
  shiftPoint as shiftPointAt,
  type PointForm,
  type SubPointForm,
} from './outline-form'

export interface ItemForm {
  readonly key: string
  readonly label: string
  readonly lead: string
  /** Paragraphs after the lead, one per line. */
  readonly paragraphs: string
  readonly subPoints: readonly SubPointForm[]
  /** The points below the item, each with its level, in reading order. */
  readonly points: readonly PointForm[]
}

/** Which item, or which point of which item, an edit is for. */
export interface NodeRef {
  readonly item: number
  /** Absent for the item itself. */
  readonly point?: number
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

const lines = (text: string): string[] =>
  text
    .split(/\r\n|\r|\n/)
    .map(line => line.trim())
    .filter(line => line !== '')

/** An empty form for a new bulletin of a kind. */
export function emptyForm(kind: string): BulletinForm {
  return { kind, issueNumber: '', issuer: '', issuedOn: '', title: '', intro: '', items: [], reportTo: '', sendTo: '', copyTo: '', editor: '', phone: '' }
}

const subPointForms = (subPoints: readonly BulletinSubPoint[]): SubPointForm[] =>
  subPoints.map(point => ({ key: nextKey('sub-point'), ordinal: point.ordinal, text: point.text }))

function pointForm(point: BulletinPoint): PointForm {
  return { key: nextKey('point'), level: point.level, label: point.label, lead: point.lead, paragraphs: point.paragraphs.join('\n'), subPoints: subPointForms(point.subPoints) }
}

function itemForm(item: BulletinItem): ItemForm {
  return {
    key: nextKey('item'),
    label: item.label,
    lead: item.lead,
    paragraphs: item.paragraphs.join('\n'),
    subPoints: subPointForms(item.subPoints),
    points: item.points.map(pointForm),
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

const subPointsOf = (subPoints: readonly SubPointForm[]): BulletinSubPoint[] =>
  subPoints.map(point => ({ ordinal: point.ordinal.trim(), text: lines(point.text).join('\n') }))

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
        subPoints: subPointsOf(item.subPoints),
        points: item.points.map(point => ({ level: point.level, label: point.label.trim(), lead: point.lead, paragraphs: lines(point.paragraphs), subPoints: subPointsOf(point.subPoints) })),
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

/** Adds an empty item at the end, numbered like the others. */
export function addItem(form: BulletinForm): BulletinForm {
  return { ...form, items: relabel([...form.items, { key: nextKey('item'), label: '', lead: '', paragraphs: '', subPoints: [], points: [] }]) }
}

/** Removes an item; the ones after it are renumbered. */
export function removeItem(form: BulletinForm, index: number): BulletinForm {
  return { ...form, items: relabel(form.items.filter((_, i) => i !== index)) }
}

export function updateItem(form: BulletinForm, index: number, change: Partial<Omit<ItemForm, 'key' | 'subPoints' | 'points'>>): BulletinForm {
  return { ...form, items: form.items.map((item, i) => (i === index ? { ...item, ...change } : item)) }
}

type NodeForm = ItemForm | PointForm

// Applies a change to the item or point at `at`, leaving everything else as it is.
function updateNode(form: BulletinForm, at: NodeRef, change: <T extends NodeForm>(node: T) => T): BulletinForm {
  return {
    ...form,
    items: form.items.map((item, i) => {
      if (i !== at.item) return item
      if (at.point === undefined) return change(item)
      return { ...item, points: item.points.map((point, k) => (k === at.point ? change(point) : point)) }
    }),
  }
}

/** Adds an empty sub-point (一是…) at the end of an item or a point, numbered like the others. */
export function addSubPoint(form: BulletinForm, at: NodeRef): BulletinForm {
  return updateNode(form, at, node => ({ ...node, subPoints: renumberSubPoints([...node.subPoints, { key: nextKey('sub-point'), ordinal: '', text: '' }]) }))
}

export function removeSubPoint(form: BulletinForm, at: NodeRef, subPoint: number): BulletinForm {
  return updateNode(form, at, node => ({ ...node, subPoints: renumberSubPoints(node.subPoints.filter((_, j) => j !== subPoint)) }))
}

export function updateSubPoint(form: BulletinForm, at: NodeRef, subPoint: number, change: Partial<Omit<SubPointForm, 'key'>>): BulletinForm {
  return updateNode(form, at, node => ({ ...node, subPoints: node.subPoints.map((point, j) => (j === subPoint ? { ...point, ...change } : point)) }))
}

export function updatePoint(form: BulletinForm, itemIndex: number, pointIndex: number, change: Partial<Pick<PointForm, 'label' | 'lead' | 'paragraphs'>>): BulletinForm {
  return updateNode(form, { item: itemIndex, point: pointIndex }, node => ({ ...node, ...change }))
}

// An item's points after a change of structure, numbered again level by level.
function withPoints(form: BulletinForm, itemIndex: number, change: (points: readonly PointForm[]) => PointForm[]): BulletinForm {
  const others = form.items.filter((_, i) => i !== itemIndex).flatMap(item => item.points)
  return {
    ...form,
    items: form.items.map((item, i) => {
      if (i !== itemIndex) return item
      const points = change(item.points)
      return { ...item, points: numberPoints(points, levelTemplates(item.label, points, others)) }
    }),
  }
}

/** Adds an empty point at the second level, at the end of the item. */
export function addPoint(form: BulletinForm, itemIndex: number): BulletinForm {
  return withPoints(form, itemIndex, appendPoint)
}

/** Removes a point; the points below it move up into its place. */
export function removePoint(form: BulletinForm, itemIndex: number, pointIndex: number): BulletinForm {
  return withPoints(form, itemIndex, points => removePointAt(points, pointIndex))
}

/** Moves a point (with the points below it) one level up (-1) or down (+1), and numbers the item's points again. */
export function shiftPoint(form: BulletinForm, itemIndex: number, pointIndex: number, by: 1 | -1): BulletinForm {
  return withPoints(form, itemIndex, points => shiftPointAt(points, pointIndex, by))
}
