import type { RosterView } from '../../../domain/contracts/legal-aid'
import { MAX_PLACES_PER_SLOT, SLOT_MINUTE_CHOICES, type Roster } from '../../../domain/legal-aid/roster'
import { isDateKey, type Weekday } from '../../../domain/time/shanghai-time'
import { describeWeekdays } from '../../../domain/time/weekday-label'
import type { RosterRuleInput } from '../api/save-roster'
import { rosterTimesText, rosterTimesFrom } from './roster-times'

export type SlotMinutes = (typeof SLOT_MINUTE_CHOICES)[number]

/** The roster editor's fields as typed: every field of the rule, so an existing roster opens whole. */
export interface RosterDraft {
  readonly serviceKey: string
  readonly daysKind: 'workdays' | 'weekly' | 'dates'
  readonly weekdays: readonly Weekday[]
  /** For `weekly`: received on statutory holidays too. */
  readonly onHolidays: boolean
  /** Days for `dates`, `2026-11-04` separated by spaces or commas. */
  readonly dates: string
  /** The stretches of the day, `09:00–11:30 14:00–16:00`. */
  readonly times: string
  readonly slotMinutes: SlotMinutes
  readonly places: string
  readonly room: string
  readonly hostUserId: string
  /** First and last day the rule applies, empty for open-ended. */
  readonly validFrom: string
  readonly validUntil: string
  readonly active: boolean
}

/** A saved roster's slot length as the editor offers it (the schema allows no other). */
function slotMinutesOf(minutes: number): SlotMinutes {
  return SLOT_MINUTE_CHOICES.find(choice => choice === minutes) ?? 30
}

export function emptyRosterDraft(serviceKey: string, hostUserId: string): RosterDraft {
  return {
    serviceKey,
    daysKind: 'workdays',
    weekdays: [3],
    onHolidays: false,
    dates: '',
    times: '09:00–11:30',
    slotMinutes: 30,
    places: '2',
    room: '职工服务中心一楼接待室',
    hostUserId,
    validFrom: '',
    validUntil: '',
    active: true,
  }
}

/** An existing roster in the editor, every field as it is saved. */
export function rosterDraftOf(roster: Roster): RosterDraft {
  const { days } = roster
  return {
    serviceKey: roster.serviceKey,
    daysKind: days.kind,
    weekdays: days.kind === 'weekly' ? days.weekdays : [3],
    onHolidays: days.kind === 'weekly' ? days.onHolidays : false,
    dates: days.kind === 'dates' ? days.dates.join(' ') : '',
    times: rosterTimesText(roster.ranges),
    slotMinutes: slotMinutesOf(roster.slotMinutes),
    places: String(roster.placesPerSlot),
    room: roster.room,
    hostUserId: roster.hostUserId,
    validFrom: roster.validFrom ?? '',
    validUntil: roster.validUntil ?? '',
    active: roster.active,
  }
}

const DATE_WORDS = '日期应写成 2026-11-04 这样'

/** The rule to save, or the first thing wrong in words. */
export function rosterRuleFrom(draft: RosterDraft): { readonly ok: true; readonly rule: RosterRuleInput } | { readonly ok: false; readonly problem: string } {
  const dates = draft.dates.split(/[\s,，、]+/).filter(day => day !== '')
  if (draft.daysKind === 'dates' && (dates.length === 0 || !dates.every(isDateKey))) return { ok: false, problem: `${DATE_WORDS}，几天之间用空格隔开` }
  if (draft.daysKind === 'weekly' && draft.weekdays.length === 0) return { ok: false, problem: '请至少选星期几中的一天' }
  const ranges = rosterTimesFrom(draft.times)
  if (ranges === null) return { ok: false, problem: '时间应写成 09:00–11:30 这样，几段之间用空格隔开' }
  const places = Number(draft.places)
  if (!Number.isInteger(places) || places < 1 || places > MAX_PLACES_PER_SLOT) return { ok: false, problem: `每个时段可约 1 到 ${MAX_PLACES_PER_SLOT} 人` }
  if (draft.room.trim() === '') return { ok: false, problem: '请填写接待地点' }
  if (draft.hostUserId === '') return { ok: false, problem: '请选择接待人' }
  const validFrom = draft.validFrom.trim()
  const validUntil = draft.validUntil.trim()
  if ((validFrom !== '' && !isDateKey(validFrom)) || (validUntil !== '' && !isDateKey(validUntil))) return { ok: false, problem: `起止${DATE_WORDS}，不限就空着` }
  const days: RosterRuleInput['days'] =
    draft.daysKind === 'workdays' ? { kind: 'workdays' } : draft.daysKind === 'weekly' ? { kind: 'weekly', weekdays: [...draft.weekdays], onHolidays: draft.onHolidays } : { kind: 'dates', dates }
  return {
    ok: true,
    rule: {
      serviceKey: draft.serviceKey,
      days,
      ranges,
      slotMinutes: draft.slotMinutes,
      placesPerSlot: places,
      room: draft.room.trim(),
      hostUserId: draft.hostUserId,
      validFrom: validFrom === '' ? null : validFrom,
      validUntil: validUntil === '' ? null : validUntil,
      active: draft.active,
    },
  }
}

/** A saved roster's rule with only `active` changed: retiring or restoring it keeps everything else. */
export function rosterRuleWithActive(roster: Roster, active: boolean): RosterRuleInput {
  return {
    serviceKey: roster.serviceKey,
    days: roster.days.kind === 'workdays' ? { kind: 'workdays' } : roster.days.kind === 'weekly' ? { kind: 'weekly', weekdays: [...roster.days.weekdays], onHolidays: roster.days.onHolidays } : { kind: 'dates', dates: [...roster.days.dates] },
    ranges: roster.ranges.map(range => ({ start: range.start, end: range.end })),
    slotMinutes: slotMinutesOf(roster.slotMinutes),
    placesPerSlot: roster.placesPerSlot,
    room: roster.room,
    hostUserId: roster.hostUserId,
    validFrom: roster.validFrom,
    validUntil: roster.validUntil,
    active,
  }
}

/** A roster in one line: `工作日 09:00–11:30 · 每 30 分钟 2 人`, with its dates when it has them. */
export function rosterSummary(roster: RosterView): string {
  const days =
    roster.days.kind === 'workdays'
      ? '工作日'
      : roster.days.kind === 'weekly'
        ? `每${describeWeekdays(roster.days.weekdays)}${roster.days.onHolidays ? '（节假日照常）' : ''}`
        : roster.days.dates.join('、')
  const valid = roster.validFrom === null && roster.validUntil === null ? '' : ` · ${roster.validFrom ?? '即日'}起${roster.validUntil === null ? '' : `至 ${roster.validUntil}`}`
  return `${days} ${rosterTimesText(roster.ranges)} · 每 ${roster.slotMinutes} 分钟 ${roster.placesPerSlot} 人${valid}`
}
