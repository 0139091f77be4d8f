import * as v from 'valibot'
import { displayText } from '../contracts/display-text'
import { BULLETIN_LIMITS, POINT_LEVELS } from './bulletin'
import { countBodyChars } from './count-body-chars'

// Room for the spaces the form tidies away: the exact limits are checked by `bulletinSchema` on the server.
const SLACK = 2

const text = (max: number) => v.pipe(v.string(), displayText({ multiline: true }), v.maxLength(max * SLACK))
// Read-only lists, so a `Bulletin` (whose lists are read-only) can be sent as it is.
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max), v.readonly())

const recipients = list(text(BULLETIN_LIMITS.recipientChars), BULLETIN_LIMITS.recipients)

const nodeEntries = {
  label: text(8),
  lead: text(BULLETIN_LIMITS.leadChars),
  paragraphs: list(text(BULLETIN_LIMITS.paragraphChars), BULLETIN_LIMITS.paragraphsPerItem),
  subPoints: list(v.strictObject({ ordinal: text(8), text: text(BULLETIN_LIMITS.subPointChars) }), BULLETIN_LIMITS.subPointsPerItem),
}

const itemShape = v.strictObject({
  number: v.pipe(v.number(), v.integer()),
  ...nodeEntries,
  // Older versions of the app send items without points.
  points: v.optional(list(v.strictObject({ level: v.picklist(POINT_LEVELS), ...nodeEntries }), BULLETIN_LIMITS.pointsPerItem), () => []),
})

const bodyShape = v.pipe(
  v.strictObject({
    title: text(BULLETIN_LIMITS.titleChars),
    intro: list(text(BULLETIN_LIMITS.paragraphChars), BULLETIN_LIMITS.introParagraphs),
    items: list(itemShape, BULLETIN_LIMITS.items),
    distribution: v.strictObject({ reportTo: recipients, sendTo: recipients, copyTo: v.optional(recipients, () => []) }),
    editor: v.nullable(text(BULLETIN_LIMITS.editorChars)),
    phone: v.nullable(text(BULLETIN_LIMITS.phoneChars)),
  }),
  v.check((body) => countBodyChars(body) <= BULLETIN_LIMITS.bodyChars * SLACK, '正文太长'),
)

const headerShape = v.strictObject({
  issueNumber: v.nullable(v.pipe(v.number(), v.integer())),
  issuer: v.nullable(text(BULLETIN_LIMITS.issuerChars)),
  issuedOn: v.nullable(v.pipe(v.string(), v.maxLength(10))),
})

/**
 * The shape of an edited bulletin as it travels in a payload: unknown keys refused, every string and list
 * capped, the whole body bounded. It is light on purpose, because the action contracts ride in the main
 * package; the staff form and the function then apply `bulletinSchema`, the full rules with a message per field.
 */
export const bulletinPayloadSchema = v.strictObject({ header: headerShape, body: bodyShape })
