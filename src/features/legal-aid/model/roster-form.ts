import type { RosterView } from '../../../domain/contracts/legal-aid'
import { isClockTime } from '../../../domain/time/clock-time'
import { isDateKey, type Weekday } from '../../../domain/time/shanghai-time'
import { describeWeekdays } from '../../../domain/time/weekday-label'
import { MAX_PLACES_PER_SLOT, SLOT_MINUTE_CHOICES } from '../../../domain/legal-aid/roster'
import type { RosterRuleInput } from '../api/save-roster'

export type SlotMinutes = (typeof SLOT_MINUTE_CHOICES)[number]

/** The roster editor's fields as typed; one time range and one kind of days, which covers the room's rosters. */
export interface RosterDraft {
  readonly serviceKey: string
  readonly daysKind: 'workdays' | 'weekly' | 'dates'
  readonly weekday: Weekday
  /** Days for `dates`, `2026-11-04` separated by spaces or commas. */
  readonly dates: string
  readonly start: string
  readonly end: string
  readonly slotMinutes: SlotMinutes
  readonly places: string
  readonly room: string
  readonly hostUserId: string
}

export function emptyRosterDraft(serviceKey: string, hostUserId: string): RosterDraft {
  return { serviceKey, daysKind: 'workdays', weekday: 3, dates: '', start: '09:00', end: '11:30', slotMinutes: 30, places: '2', room: '职工服务中心一楼接待室', hostUserId }
}

/** The rule to save, or the first thing wrong in words. */
export function rosterRuleFrom(draft: RosterDraft): { readonly ok: true; readonly rule: RosterRuleInput } | { readonly ok: false; readonly problem: string } {
  const dates = draft.dates.split(/[\s,，、]+/).filter(day => day !== '')
  if (draft.daysKind === 'dates' && (dates.length === 0 || !dates.every(isDateKey))) return { ok: false, problem: '日期应写成 2026-11-04 这样，几天之间用空格隔开' }
  if (!isClockTime(draft.start) || !isClockTime(draft.end)) return { ok: false, problem: '时间应写成 09:00 这样' }
  const places = Number(draft.places)
  if (!Number.isInteger(places) || places < 1 || places > MAX_PLACES_PER_SLOT) return { ok: false, problem: `每个时段可约 1 到 ${MAX_PLACES_PER_SLOT} 人` }
  if (draft.room.trim() === '') return { ok: false, problem: '请填写接待地点' }
  if (draft.hostUserId === '') return { ok: false, problem: '请选择接待人' }
  const days: RosterRuleInput['days'] =
    draft.daysKind === 'workdays' ? { kind: 'workdays' } : draft.daysKind === 'weekly' ? { kind: 'weekly', weekdays: [draft.weekday], onHolidays: false } : { kind: 'dates', dates }
  return {
    ok: true,
    rule: {
      serviceKey: draft.serviceKey,
      days,
      ranges: [{ start: draft.start, end: draft.end }],
      slotMinutes: draft.slotMinutes,
      placesPerSlot: places,
      room: draft.room.trim(),
      hostUserId: draft.hostUserId,
      validFrom: null,
      validUntil: null,
      active: true,
    },
  }
}

/** A roster in one line: `律师坐班 · 工作日 09:00–11:30 · 每 30 分钟 2 人`. */
export function rosterSummary(roster: RosterView): string {
  const days = roster.days.kind === 'workdays' ? '工作日' : roster.days.kind === 'weekly' ? `每${describeWeekdays(roster.days.weekdays)}` : roster.days.dates.join('、')
  const ranges = roster.ranges.map(range => `${range.start}–${range.end}`).join('、')
  return `${days} ${ranges} · 每 ${roster.slotMinutes} 分钟 ${roster.placesPerSlot} 人`
}
