/**
 * CloudBase timer triggers use a 7-field cron: `second minute hour day month week year`, with the
 * wildcards `,` `-` `*` `/`; month names JAN–DEC; week 0–6 or SUN–SAT (0 = Sunday); year 1970–2099;
 * day and week both restricted means either may match. Tencent SCF also accepts `?` in the day and
 * week fields, so it is accepted there as "any". `L`, `W` and `#` are not in CloudBase's documented
 * syntax and are refused rather than silently misread.
 */

/** A parsed timer schedule: the allowed values of each field, ascending. */
export interface CronSchedule {
  readonly expression: string
  readonly seconds: readonly number[]
  readonly minutes: readonly number[]
  readonly hours: readonly number[]
  readonly daysOfMonth: readonly number[]
  readonly months: readonly number[]
  readonly daysOfWeek: readonly number[]
  readonly years: readonly number[]
  /** False when the day field is `*` or `?`: then only the week field constrains the day. */
  readonly dayOfMonthRestricted: boolean
  readonly dayOfWeekRestricted: boolean
}

/** A cron expression CloudBase would refuse. */
export class CronSyntaxError extends Error {
  constructor(expression: string, reason: string) {
    super(`invalid timer cron "${expression}": ${reason}`)
    this.name = 'CronSyntaxError'
  }
}

interface FieldSpec {
  readonly label: string
  readonly min: number
  readonly max: number
  readonly names?: Readonly<Record<string, number>>
  readonly allowsQuestionMark: boolean
}

const MONTH_NAMES: Readonly<Record<string, number>> = {
  JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12,
}
const WEEKDAY_NAMES: Readonly<Record<string, number>> = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 }

const FIELDS: readonly FieldSpec[] = [
  { label: 'second', min: 0, max: 59, allowsQuestionMark: false },
  { label: 'minute', min: 0, max: 59, allowsQuestionMark: false },
  { label: 'hour', min: 0, max: 23, allowsQuestionMark: false },
  { label: 'day', min: 1, max: 31, allowsQuestionMark: true },
  { label: 'month', min: 1, max: 12, names: MONTH_NAMES, allowsQuestionMark: false },
  { label: 'week', min: 0, max: 6, names: WEEKDAY_NAMES, allowsQuestionMark: true },
  { label: 'year', min: 1970, max: 2099, allowsQuestionMark: false },
]

interface ParsedField {
  readonly values: readonly number[]
  readonly restricted: boolean
}

function parseValue(token: string, spec: FieldSpec, fail: (reason: string) => never): number {
  const named = spec.names?.[token.toUpperCase()]
  if (named !== undefined) return named
  if (/[LW#]/i.test(token)) fail(`"${token}": L, W and # are not part of CloudBase's timer syntax (use , - * /)`)
  if (!/^\d+$/.test(token)) fail(`"${token}" is not a valid ${spec.label}`)
  const value = Number(token)
  if (value < spec.min || value > spec.max) fail(`${spec.label} ${value} is outside ${spec.min}-${spec.max}`)
  return value
}

function parsePart(part: string, spec: FieldSpec, fail: (reason: string) => never): number[] {
  const [rangeText = '', stepText, extra] = part.split('/')
  if (extra !== undefined) fail(`"${part}" has more than one "/"`)
  let step = 1
  if (stepText !== undefined) {
    if (!/^\d+$/.test(stepText) || Number(stepText) === 0) fail(`step "${stepText}" in ${spec.label} must be a positive integer`)
    step = Number(stepText)
  }
  let start: number
  let end: number
  if (rangeText === '*') {
    start = spec.min
    end = spec.max
  } else if (rangeText.includes('-')) {
    const [from = '', to = '', more] = rangeText.split('-')
    if (more !== undefined) fail(`"${rangeText}" is not a valid ${spec.label} range`)
    start = parseValue(from, spec, fail)
    end = parseValue(to, spec, fail)
    if (start > end) fail(`${spec.label} range "${rangeText}" runs backwards`)
  } else {
    start = parseValue(rangeText, spec, fail)
    // "a/n" means from a to the end of the field, every n (CloudBase: "1/10" = minute 1, 11, 21, ...).
    end = stepText === undefined ? start : spec.max
  }
  const values: number[] = []
  for (let value = start; value <= end; value += step) values.push(value)
  return values
}

function parseField(text: string, spec: FieldSpec, fail: (reason: string) => never): ParsedField {
  if (text === '?') {
    if (!spec.allowsQuestionMark) fail(`"?" is only allowed in the day and week fields, not in ${spec.label}`)
    return { values: range(spec.min, spec.max), restricted: false }
  }
  const values = new Set<number>()
  for (const part of text.split(',')) {
    if (part === '') fail(`empty list item in ${spec.label} "${text}"`)
    for (const value of parsePart(part, spec, fail)) values.add(value)
  }
  return { values: [...values].sort((a, b) => a - b), restricted: text !== '*' }
}

function range(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, index) => min + index)
}

/** Parses a CloudBase 7-field timer cron; throws CronSyntaxError naming the faulty field. */
export function parseCron(expression: string): CronSchedule {
  const fail: (reason: string) => never = reason => {
    throw new CronSyntaxError(expression, reason)
  }
  const texts = expression.trim().split(/\s+/)
  if (texts.length !== FIELDS.length) {
    fail(`expected 7 fields (second minute hour day month week year), got ${texts.length}`)
  }
  const parsed = FIELDS.map((spec, index) => parseField(texts[index] ?? '', spec, fail))
  const field = (index: number): ParsedField => parsed[index] ?? fail('internal: missing field')
  return {
    expression,
    seconds: field(0).values,
    minutes: field(1).values,
    hours: field(2).values,
    daysOfMonth: field(3).values,
    months: field(4).values,
    daysOfWeek: field(5).values,
    years: field(6).values,
    dayOfMonthRestricted: field(3).restricted,
    dayOfWeekRestricted: field(5).restricted,
  }
}
