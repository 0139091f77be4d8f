import { describe, expect, it } from 'vitest'
import type { SlotView } from '../../domain/contracts/legal-aid'
import { bookingPayload, bookingProblem, emptyBookingDraft, type BookingDraft } from './model/booking-form'
import { emptyRosterDraft, rosterRuleFrom } from './model/roster-form'
import { isBookable, slotButtonWords, slotWhen } from './model/slot-words'

const slot: SlotView = {
  slotId: 'ro1-20261104-0540',
  serviceKey: 'lawyer-on-duty',
  day: '2026-11-04',
  start: '09:00',
  end: '09:30',
  startsAt: '2026-11-04T01:00:00.000Z',
  endsAt: '2026-11-04T01:30:00.000Z',
  room: '职工服务中心一楼接待室',
  hostName: '王律师',
  capacity: 2,
  placesLeft: 1,
  full: false,
  closedReason: null,
  mine: false,
}

describe('the booking form', () => {
  const ready: BookingDraft = { ...emptyBookingDraft('张师傅', false), caseType: 'unpaid-wages', phone: '138 0013 8000' }

  it('asks for the slot, the case type and a phone, in that order, before anything is sent', () => {
    expect(bookingProblem(ready, false)).toBe('请先选一个时段')
    expect(bookingProblem({ ...ready, caseType: null }, true)).toBe('请选择您要咨询的事情')
    expect(bookingProblem({ ...ready, phone: '  ' }, true)).toContain('请填写联系电话')
    expect(bookingProblem(ready, true)).toBeNull()
    expect(bookingPayload(null, ready, 'v1')).toBeNull()
  })

  it('sends a description only with the separate consent the worker ticked, and none without a description', () => {
    const written = { ...ready, description: '老板拖欠三个月工资' }
    expect(bookingProblem(written, true)).toContain('需要先勾选同意保存')
    expect(bookingPayload(slot.slotId, written, 'v1')).toBeNull()
    expect(bookingPayload(slot.slotId, { ...written, consent: true }, 'v1')).toMatchObject({ description: '老板拖欠三个月工资', consent: { version: 'v1', granted: true } })
    const plain = bookingPayload(slot.slotId, { ...ready, consent: true }, 'v1')
    expect(plain).not.toHaveProperty('consent')
    expect(plain).not.toHaveProperty('description')
  })

  it('sends evidence photos by their file ids, and only with the separate consent', () => {
    const withPhoto = { ...ready, photos: [{ fileId: 'cloud://env/legal-evidence/u1/a.jpg', previewUrl: 'wxfile://tmp/a.jpg' }] }
    expect(bookingProblem(withPhoto, true)).toContain('传了照片')
    expect(bookingPayload(slot.slotId, withPhoto, 'v1')).toBeNull()
    const sent = bookingPayload(slot.slotId, { ...withPhoto, consent: true }, 'v1')
    expect(sent).toMatchObject({ photos: ['cloud://env/legal-evidence/u1/a.jpg'], consent: { version: 'v1', granted: true } })
    expect(sent).not.toHaveProperty('description')
  })

  it('uses the WeChat-bound number when the worker has one, and leaves empty optional fields out', () => {
    const bound = { ...emptyBookingDraft('', true), caseType: 'work-injury' as const }
    expect(bookingPayload(slot.slotId, bound, 'v1')).toEqual({ slotId: slot.slotId, caseType: 'work-injury', phone: { kind: 'bound' }, photos: [] })
  })
})

describe('slots on the booking page', () => {
  it('says how many places are left, that a slot is full, closed or already the worker’s, and only offers open ones', () => {
    expect(slotButtonWords(slot)).toEqual({ text: '09:00–09:30 余1', spoken: '09:00–09:30，还剩 1 个名额' })
    expect(slotButtonWords({ ...slot, placesLeft: 0, full: true }).spoken).toBe('09:00–09:30，已约满')
    expect(slotButtonWords({ ...slot, closedReason: '律师外出办案' }).spoken).toBe('09:00–09:30，暂停接待：律师外出办案')
    expect(slotButtonWords({ ...slot, mine: true }).text).toBe('09:00–09:30 已约')
    expect([slot, { ...slot, full: true }, { ...slot, mine: true }, { ...slot, closedReason: '国庆节' }].map(isBookable)).toEqual([true, false, false, false])
    expect(slotWhen(slot)).toBe('11月4日 周三 09:00–09:30')
  })
})

describe('the roster editor', () => {
  const draft = emptyRosterDraft('lawyer-on-duty', 'u-lawyer')

  it('turns the fields into a rule: working days, one weekday, or a list of dates', () => {
    expect(rosterRuleFrom(draft)).toEqual({
      ok: true,
      rule: expect.objectContaining({ days: { kind: 'workdays' }, ranges: [{ start: '09:00', end: '11:30' }], slotMinutes: 30, placesPerSlot: 2, hostUserId: 'u-lawyer', active: true }),
    })
    expect(rosterRuleFrom({ ...draft, daysKind: 'weekly', weekdays: [2, 4], onHolidays: true })).toMatchObject({ rule: { days: { kind: 'weekly', weekdays: [2, 4], onHolidays: true } } })
    expect(rosterRuleFrom({ ...draft, daysKind: 'dates', dates: '2026-11-04，2026-11-18 ' })).toMatchObject({ rule: { days: { kind: 'dates', dates: ['2026-11-04', '2026-11-18'] } } })
  })

  it('says in words what is wrong instead of sending it', () => {
    expect(rosterRuleFrom({ ...draft, daysKind: 'dates', dates: '11/4' })).toEqual({ ok: false, problem: '日期应写成 2026-11-04 这样，几天之间用空格隔开' })
    expect(rosterRuleFrom({ ...draft, times: '9点到11点' })).toEqual({ ok: false, problem: '时间应写成 09:00–11:30 这样，几段之间用空格隔开' })
    expect(rosterRuleFrom({ ...draft, daysKind: 'weekly', weekdays: [] })).toEqual({ ok: false, problem: '请至少选星期几中的一天' })
    expect(rosterRuleFrom({ ...draft, validUntil: '12月底' })).toEqual({ ok: false, problem: '起止日期应写成 2026-11-04 这样，不限就空着' })
    expect(rosterRuleFrom({ ...draft, places: '0' })).toMatchObject({ ok: false, problem: expect.stringContaining('每个时段可约 1 到') })
    expect(rosterRuleFrom({ ...draft, room: ' ' })).toEqual({ ok: false, problem: '请填写接待地点' })
  })
})
