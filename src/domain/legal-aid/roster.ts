import * as v from 'valibot'
import { documentId, nonEmptyText } from '../contracts/payload-fields'
import { clockTimeToMinutes, isClockTime, type ClockTime } from '../time/clock-time'
import { isDateKey, type DateKey, type Weekday } from '../time/shanghai-time'
import { serviceKeySchema } from './legal-services'

/**
 * Which days a roster runs:
 * - `workdays`: every official working day (Monday to Friday, statutory holidays off, 调休 make-up
 *   working days on), as a lawyer on duty keeps office hours;
 * - `weekly`: chosen weekdays, holidays off unless `onHolidays`;
 * - `dates`: a list of days (a chairman's reception days), kept even on a holiday, since staff chose them.
 */
export type RosterDays =
  | { readonly kind: 'workdays' }
  | { readonly kind: 'weekly'; readonly weekdays: readonly Weekday[]; readonly onHolidays: boolean }
  | { readonly kind: 'dates'; readonly dates: readonly DateKey[] }

/** A stretch of a day the host receives people, cut into slots (`09:00`–`11:30`). */
export interface TimeRange {
  readonly start: ClockTime
  readonly end: ClockTime
}

/** A duty rule: who receives, where, when, in slots of how long, and how many people per slot. */
export interface RosterRule {
  readonly serviceKey: string
  readonly days: RosterDays
  readonly ranges: readonly TimeRange[]
  readonly slotMinutes: number
  readonly placesPerSlot: number
  readonly room: string
  readonly hostUserId: string
  /** First and last day the rule applies (inclusive); null for open-ended. */
  readonly validFrom: DateKey | null
  readonly validUntil: DateKey | null
  readonly active: boolean
}

export interface Roster extends RosterRule {
  readonly id: string
}

/** The most people one slot can take: a reception room, not a lecture hall. */
export const MAX_PLACES_PER_SLOT = 20
export const SLOT_MINUTE_CHOICES = [15, 20, 30, 45, 60, 90, 120] as const

/** A real calendar day, in words a person reads when it is wrong (no `YYYY-MM-DD`). */
export const calendarDaySchema = v.pipe(v.string(), v.check(isDateKey, '日期应写成 2026-11-04 这样'))

/** A time of day, `09:00`. */
export const clockSchema = v.pipe(v.string(), v.check(isClockTime, '时间应写成 09:00 这样'))

/** Minutes after midnight, or NaN for a time that is not one (so a check beside a failed field stays quiet). */
function minutesOf(time: string): number {
  return isClockTime(time) ? clockTimeToMinutes(time) : Number.NaN
}

const weekdaySchema = v.picklist([1, 2, 3, 4, 5, 6, 7] as const)

const rosterDaysSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('workdays') }),
  v.strictObject({
    kind: v.literal('weekly'),
    weekdays: v.pipe(v.array(weekdaySchema), v.minLength(1, '请至少选一天'), v.maxLength(7)),
    onHolidays: v.boolean(),
  }),
  v.strictObject({
    kind: v.literal('dates'),
    dates: v.pipe(v.array(calendarDaySchema), v.minLength(1, '请至少选一天'), v.maxLength(60, '最多 60 天')),
  }),
])

const timeRangeSchema = v.pipe(
  v.strictObject({ start: clockSchema, end: clockSchema }),
  v.check(range => !(minutesOf(range.start) >= minutesOf(range.end)), '结束时间应晚于开始时间'),
)

function rangesOverlap(ranges: readonly TimeRange[]): boolean {
  const sorted = [...ranges].map(range => [minutesOf(range.start), minutesOf(range.end)] as const).sort((a, b) => a[0] - b[0])
  return sorted.some((range, index) => index > 0 && range[0] < (sorted[index - 1]?.[1] ?? 0))
}

/** A roster rule as staff save it. */
export const rosterRuleSchema = v.pipe(
  v.strictObject({
    serviceKey: serviceKeySchema,
    days: rosterDaysSchema,
    ranges: v.pipe(v.array(timeRangeSchema), v.minLength(1, '请至少填一段时间'), v.maxLength(4, '一天最多 4 段时间')),
    slotMinutes: v.picklist(SLOT_MINUTE_CHOICES, '每个时段的长度只能选 15、20、30、45、60、90 或 120 分钟'),
    placesPerSlot: v.pipe(v.number(), v.integer(), v.minValue(1, '每个时段至少 1 人'), v.maxValue(MAX_PLACES_PER_SLOT, `每个时段最多 ${MAX_PLACES_PER_SLOT} 人`)),
    room: nonEmptyText(30),
    hostUserId: documentId,
    validFrom: v.nullable(calendarDaySchema),
    validUntil: v.nullable(calendarDaySchema),
    active: v.boolean(),
  }),
  v.check(rule => !rangesOverlap(rule.ranges), '几段时间不能重叠'),
  v.check(rule => rule.validFrom === null || rule.validUntil === null || rule.validFrom <= rule.validUntil, '结束日期应不早于开始日期'),
  v.check(rule => rule.ranges.every(range => !(minutesOf(range.end) - minutesOf(range.start) < rule.slotMinutes)), '每段时间至少要放得下一个时段'),
)
