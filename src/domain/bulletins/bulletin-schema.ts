import * as v from 'valibot'
import { BULLETIN_LIMITS, POINT_LEVELS, type Bulletin, type BulletinBody, type BulletinHeader } from './bulletin'
import { normalisePhone } from './closing-line'
import { normaliseInlineText } from './inline-text'
import type { BulletinFieldIssue } from './field-issue'
import { validateBulletin, validateBulletinBody, validateBulletinHeader } from './validate-bulletin'

// Form input is tidied before it is checked: spaces trimmed and collapsed, so a stray space is not an error.
const line = (max: number) =>
  v.pipe(v.string(), v.transform(normaliseInlineText), v.minLength(1, '不能为空'), v.maxLength(max, `不能超过 ${max} 字`))

// A cleared optional field arrives as '' and is stored as null.
const optionalLine = (max: number, tidy: (text: string) => string = normaliseInlineText) =>
  v.pipe(
    v.nullable(v.string()),
    v.transform((text) => (text === null || tidy(text) === '' ? null : tidy(text))),
    v.nullable(v.pipe(v.string(), v.maxLength(max, `不能超过 ${max} 字`))),
  )

const paragraphs = (max: number) => v.pipe(v.array(line(BULLETIN_LIMITS.paragraphChars)), v.maxLength(max, `最多 ${max} 段`))

const recipients = v.pipe(
  v.array(line(BULLETIN_LIMITS.recipientChars)),
  v.maxLength(BULLETIN_LIMITS.recipients, `最多 ${BULLETIN_LIMITS.recipients} 个单位`),
)

const subPointSchema = v.strictObject({
  ordinal: line(8),
  text: v.pipe(
    v.string(),
    v.transform((text) =>
      text
        .split(/\r\n|\r|\n/)
        .map(normaliseInlineText)
        .filter((part) => part !== '')
        .join('\n'),
    ),
    v.minLength(1, '不能为空'),
    v.maxLength(BULLETIN_LIMITS.subPointChars, `不能超过 ${BULLETIN_LIMITS.subPointChars} 字`),
  ),
})

const subPoints = v.pipe(
  v.array(subPointSchema),
  v.maxLength(BULLETIN_LIMITS.subPointsPerItem, `最多 ${BULLETIN_LIMITS.subPointsPerItem} 个分项`),
)

const pointSchema = v.strictObject({
  level: v.picklist(POINT_LEVELS, '层级应为 2 到 4'),
  label: line(8),
  lead: line(BULLETIN_LIMITS.leadChars),
  paragraphs: paragraphs(BULLETIN_LIMITS.paragraphsPerItem),
  subPoints,
})

const itemSchema = v.strictObject({
  number: v.pipe(v.number(), v.integer('序号应为整数'), v.minValue(1, '序号从 1 开始'), v.maxValue(BULLETIN_LIMITS.items, `序号最大为 ${BULLETIN_LIMITS.items}`)),
  label: line(8),
  lead: line(BULLETIN_LIMITS.leadChars),
  paragraphs: paragraphs(BULLETIN_LIMITS.paragraphsPerItem),
  subPoints,
  // Absent in what older versions of the app send: no points.
  points: v.optional(
    v.pipe(v.array(pointSchema), v.maxLength(BULLETIN_LIMITS.pointsPerItem, `最多 ${BULLETIN_LIMITS.pointsPerItem} 个小点`)),
    () => [],
  ),
})

const bodyEntries = v.strictObject({
  title: line(BULLETIN_LIMITS.titleChars),
  intro: paragraphs(BULLETIN_LIMITS.introParagraphs),
  items: v.pipe(v.array(itemSchema), v.maxLength(BULLETIN_LIMITS.items, `最多 ${BULLETIN_LIMITS.items} 项`)),
  distribution: v.strictObject({
    reportTo: recipients,
    sendTo: recipients,
    copyTo: v.optional(recipients, () => []),
  }),
  editor: optionalLine(BULLETIN_LIMITS.editorChars),
  phone: optionalLine(BULLETIN_LIMITS.phoneChars, normalisePhone),
})

const headerEntries = v.strictObject({
  issueNumber: v.nullable(
    v.pipe(
      v.number(),
      v.integer('期号应为整数'),
      v.minValue(1, '期号从 1 开始'),
      v.maxValue(BULLETIN_LIMITS.issueNumberMax, `期号最大为 ${BULLETIN_LIMITS.issueNumberMax}`),
    ),
  ),
  issuer: optionalLine(BULLETIN_LIMITS.issuerChars),
  issuedOn: v.nullable(v.pipe(v.string(), v.isoDate('日期应写成 YYYY-MM-DD'))),
})

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// Turns `items.2.lead` into valibot's path so `v.flatten` and `v.getDotPath` put the message on that field.
function pathTo(root: unknown, field: string): [v.IssuePathItem, ...v.IssuePathItem[]] | undefined {
  const path: v.IssuePathItem[] = []
  let current = root
  for (const key of field.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(key)) {
      const input: unknown[] = current
      const value: unknown = input[Number(key)]
      path.push({ type: 'array', origin: 'value', input, key: Number(key), value })
      current = value
    } else if (isRecord(current) && key in current) {
      const value = current[key]
      path.push({ type: 'object', origin: 'value', input: current, key, value })
      current = value
    } else {
      break
    }
  }
  const [first, ...rest] = path
  return first ? [first, ...rest] : undefined
}

function reportIssues<T>(validate: (value: T) => BulletinFieldIssue[]) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    // The structural rules read the tidied, capped fields; they wait until those are right.
    if (!dataset.typed || dataset.issues) return
    for (const issue of validate(dataset.value)) {
      addIssue({ message: issue.reason, path: pathTo(dataset.value, issue.field) })
    }
  })
}

/**
 * An edited bulletin body from the staff form: spaces tidied, unknown keys refused, every string and list
 * capped, then the parser's own structural rules (`validateBulletinBody`) with each message on its field.
 */
export const bulletinBodySchema = v.pipe(
  bodyEntries,
  reportIssues<v.InferOutput<typeof bodyEntries>>((body) => validateBulletinBody(body)),
) satisfies v.GenericSchema<unknown, BulletinBody>

/** An edited bulletin header: a real issue number, date and issuer. */
export const bulletinHeaderSchema = v.pipe(
  headerEntries,
  reportIssues<v.InferOutput<typeof headerEntries>>((header) =>
    validateBulletinHeader(header).map((issue) => ({ ...issue, field: issue.field.replace(/^header\./, '') })),
  ),
) satisfies v.GenericSchema<unknown, BulletinHeader>

/** A whole edited bulletin, checked together so that what is stored always prints and reads back the same. */
export const bulletinSchema = v.pipe(
  v.strictObject({ header: headerEntries, body: bodyEntries }),
  reportIssues<{ header: v.InferOutput<typeof headerEntries>; body: v.InferOutput<typeof bodyEntries> }>(({ header, body }) =>
    validateBulletin(header, body).map((issue) => ({
      ...issue,
      field: issue.field.startsWith('header.') ? issue.field : `body.${issue.field}`,
    })),
  ),
) satisfies v.GenericSchema<unknown, Bulletin>
