import { describe, expect, it } from 'vitest'
import type { RosterView } from '../../domain/contracts/legal-aid'
import { retireQuestion, rosterChangeWords } from './model/roster-change-words'
import { rosterDraftOf, rosterRuleFrom, rosterRuleWithActive, rosterSummary } from './model/roster-form'
import { rosterTimesFrom } from './model/roster-times'
import type { RosterRuleInput } from './api/save-roster'

const rule: RosterRuleInput = {
  serviceKey: 'lawyer-on-duty',
  days: { kind: 'weekly', weekdays: [2, 4], onHolidays: true },
  ranges: [
    { start: '09:00', end: '11:30' },
    { start: '14:00', end: '16:00' },
  ],
  slotMinutes: 45,
  placesPerSlot: 3,
  room: '二楼调解室',
  hostUserId: 'u-lawyer',
  validFrom: '2026-11-01',
  validUntil: '2026-12-31',
  active: true,
}

const roster: RosterView = {
  ...rule,
  id: 'ro1',
  serviceName: '律师坐班',
  hostName: '王律师',
  bookingsAhead: 3,
}

describe('opening a saved roster to change it', () => {
  it('fills every field of its rule, and saving it unchanged sends the same rule back', () => {
    const draft = rosterDraftOf(roster)
    expect(draft).toMatchObject({ daysKind: 'weekly', weekdays: [2, 4], onHolidays: true, times: '09:00–11:30 14:00–16:00', slotMinutes: 45, places: '3', room: '二楼调解室', validFrom: '2026-11-01', validUntil: '2026-12-31', active: true })
    expect(rosterRuleFrom(draft)).toEqual({ ok: true, rule })
    expect(rosterRuleFrom(rosterDraftOf({ ...roster, days: { kind: 'dates', dates: ['2026-11-04', '2026-11-18'] } }))).toMatchObject({ rule: { days: { kind: 'dates', dates: ['2026-11-04', '2026-11-18'] } } })
  })

  it('keeps a retired roster retired when it is changed', () => {
    expect(rosterRuleFrom(rosterDraftOf({ ...roster, active: false }))).toMatchObject({ rule: { active: false } })
  })

  it('retires or restores a roster with nothing else of its rule changed', () => {
    expect(rosterRuleWithActive(roster, false)).toEqual({ ...rule, active: false })
    expect(rosterRuleWithActive({ ...roster, active: false }, true)).toEqual(rule)
  })

  it('reads the times as staff type them, and refuses anything else', () => {
    expect(rosterTimesFrom('9:00-11:30，14：00 至 16：00')).toEqual([
      { start: '09:00', end: '11:30' },
      { start: '14:00', end: '16:00' },
    ])
    expect(rosterTimesFrom('09:00–11:30 下午')).toBeNull()
    expect(rosterTimesFrom('')).toBeNull()
    expect(rosterTimesFrom('25:00-26:00')).toBeNull()
  })

  it('sums a roster up in one line, with its days, times and dates', () => {
    expect(rosterSummary(roster)).toBe('每周二、周四（节假日照常） 09:00–11:30 14:00–16:00 · 每 45 分钟 3 人 · 2026-11-01起至 2026-12-31')
    expect(rosterSummary({ ...roster, days: { kind: 'workdays' }, ranges: [{ start: '09:00', end: '11:30' }], validFrom: null, validUntil: null })).toBe('工作日 09:00–11:30 · 每 45 分钟 3 人')
  })
})

describe('what a change did to the slots', () => {
  it('says what was added, changed and taken down, and that booked slots stay as they are', () => {
    expect(rosterChangeWords('saved', { added: 5, updated: 0, removed: 0, keptBooked: 0 })).toBe('已保存：新增 5 个时段')
    expect(rosterChangeWords('saved', { added: 0, updated: 7, removed: 2, keptBooked: 3 })).toBe('已保存：更新 7 个时段，撤下 2 个没人预约的时段，已预约的 3 个时段保持不变，预约照常')
    expect(rosterChangeWords('retired', { added: 0, updated: 0, removed: 9, keptBooked: 1 })).toBe('已停用：撤下 9 个没人预约的时段，已预约的 1 个时段保持不变，预约照常')
    expect(rosterChangeWords('restored', { added: 0, updated: 0, removed: 0, keptBooked: 0 })).toBe('已恢复使用：时段没有变化')
  })

  it('asks before retiring, saying plainly that bookings ahead stand and how to cancel them', () => {
    expect(retireQuestion(roster)).toBe(
      '律师坐班（王律师）停用后，以后没人预约的时段会撤下，职工不能再约。以后的时段里还有 3 个预约，停用不会取消它们，这些职工照常来。要取消，请用下面的“暂停接待”关掉那一天。',
    )
    expect(retireQuestion({ ...roster, bookingsAhead: 0 })).toBe('律师坐班（王律师）停用后，以后没人预约的时段会撤下，职工不能再约。')
  })
})
