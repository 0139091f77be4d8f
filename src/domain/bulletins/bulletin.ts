/**
 * A structured bulletin (工作简报), as parsed from pasted text or edited in the staff form.
 * Everything is plain JSON: it is stored in the `bulletins` collection and sent to the client as is.
 */

/** What is printed above the title; each field is null when the text does not give it. */
export interface BulletinHeader {
  /** 第 N 期. */
  readonly issueNumber: number | null
  /** The issuing body as printed, e.g. 荆州市总工会. */
  readonly issuer: string | null
  /** The issue date, `YYYY-MM-DD` (a calendar date, no time zone involved). */
  readonly issuedOn: string | null
}

/** One in-line sub-point of an item or a point (一是…, ①…). */
export interface BulletinSubPoint {
  /** As printed: 一是, ①. */
  readonly ordinal: string
  /** The text after the ordinal. A sub-point that runs over several paragraphs keeps them apart with `\n`. */
  readonly text: string
}

/** How deep a point sits below its item: 2 for （一） under 一、, 3 for 1. under （一）, 4 for （1） under 1. */
export type BulletinPointLevel = 2 | 3 | 4

/** The levels a point may have, shallowest first. */
export const POINT_LEVELS: readonly BulletinPointLevel[] = [2, 3, 4]

/**
 * A numbered point below an item, at the second to fourth level of the outline (GB/T 9704: （一）, 1., （1）).
 * It reads like an item: its label and lead sentence, then paragraphs and in-line sub-points.
 */
export interface BulletinPoint {
  readonly level: BulletinPointLevel
  /** As printed, without spaces: （一）, 1., （1）. */
  readonly label: string
  readonly lead: string
  readonly paragraphs: readonly string[]
  readonly subPoints: readonly BulletinSubPoint[]
}

/** One numbered item of the bulletin (1、… or 一、…): the first level of its outline. */
export interface BulletinItem {
  /** 1, 2, 3… in order, whatever the printed style. */
  readonly number: number
  /** As printed, without spaces: 1、 / 1. / 一、 / （一）. */
  readonly label: string
  /** The in-line lead sentence, e.g. “两项改革”有序推进。 */
  readonly lead: string
  /** Paragraphs after the lead and before the first sub-point. */
  readonly paragraphs: readonly string[]
  /** 一是/二是… in order; each runs until the next one, the first point or the end of the item. */
  readonly subPoints: readonly BulletinSubPoint[]
  /**
   * The points below the item in reading order, each with its level; a point belongs to the nearest point
   * above it one level up (or to the item, at level 2). Empty when the item has none.
   */
  readonly points: readonly BulletinPoint[]
}

/** Who the printed bulletin went to: 报 (up), 发 (across and down), 抄送 (copies). */
export interface BulletinDistribution {
  readonly reportTo: readonly string[]
  readonly sendTo: readonly string[]
  /** Empty when the text has no 抄送 line (always present, so stored documents have one shape). */
  readonly copyTo: readonly string[]
}

/** The body of a bulletin: everything from the title down. */
export interface BulletinBody {
  readonly title: string
  /** Paragraphs between the title and the first item. */
  readonly intro: readonly string[]
  readonly items: readonly BulletinItem[]
  readonly distribution: BulletinDistribution
  /** 责任编辑. */
  readonly editor: string | null
  /** 联系电话, half-width digits, e.g. 0716-8219262. */
  readonly phone: string | null
}

/** A whole bulletin: header and body. */
export interface Bulletin {
  readonly header: BulletinHeader
  readonly body: BulletinBody
}

/** The caps every bulletin respects, whether parsed or edited; the schema and the parser enforce the same ones. */
export const BULLETIN_LIMITS = {
  titleChars: 80,
  issuerChars: 40,
  issueNumberMax: 9999,
  introParagraphs: 20,
  items: 50,
  leadChars: 200,
  paragraphsPerItem: 30,
  paragraphChars: 2000,
  subPointsPerItem: 20,
  /** Numbered points below one item, all levels together. */
  pointsPerItem: 60,
  /** Levels of numbering, the items' included (GB/T 9704 has four). */
  levels: 4,
  /** A sub-point's whole text; each of its paragraphs is also capped at `paragraphChars`. */
  subPointChars: 4000,
  recipients: 50,
  recipientChars: 60,
  editorChars: 40,
  phoneChars: 40,
  /** All the text of a body together, about 25 printed pages. */
  bodyChars: 50_000,
  /** Pasted text longer than this is not one bulletin and is refused before any work. */
  pastedChars: 200_000,
} as const

/** A header with nothing in it, for a bulletin that has only a title and a body. */
export const EMPTY_BULLETIN_HEADER: BulletinHeader = { issueNumber: null, issuer: null, issuedOn: null }
