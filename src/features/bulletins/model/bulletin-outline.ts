import type { BulletinBody } from '../../../domain/bulletins/bulletin'

/** One line of a bulletin's table of contents: the item's label and lead, and where on the page it is. */
export interface OutlineEntry {
  readonly number: number
  readonly label: string
  readonly lead: string
  readonly anchor: string
}

/** The element ids of the parts of the bulletin page that are not items: what the reader aloud marks and follows. */
export const MASTHEAD_ANCHOR = 'bulletin-masthead'
export const INTRO_ANCHOR = 'bulletin-intro'
export const CLOSING_ANCHOR = 'bulletin-closing'

/** The element id of item `number` on the bulletin page, for the contents to jump to. */
export function itemAnchor(number: number): string {
  return `bulletin-item-${number}`
}

/** The contents, to the first level: one entry per numbered item, in order (points stay in the text). Empty for news without items. */
export function bulletinOutline(body: BulletinBody): OutlineEntry[] {
  return body.items.map((item) => ({ number: item.number, label: item.label, lead: item.lead, anchor: itemAnchor(item.number) }))
}
