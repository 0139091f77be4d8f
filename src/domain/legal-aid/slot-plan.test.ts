import { afterEach, describe, expect, it } from 'vitest'
import { CHINA_HOLIDAY_CALENDAR, NO_HOLIDAYS } from '../stations/holiday-calendar'
import type { Roster } from './roster'
import { isOfficialWorkday, planSlots, slotIdFor, uncoveredYears } from './slot-plan'

const lawyerOnDuty: Roster = {
  id: 'ro-lawyer',
  serviceKey: 'lawyer-on-duty',
  days: { kind: 'workdays' },
  ranges: [
    { start: '09:00', end: '11:30' },
    { start: '14:30', end: '16:00' },
  ],
  slotMinutes: 30,
  placesPerSlot: 2,
  room: '职工服务中心一楼接待室',
  hostUserId: 'u-lawyer',
  validFrom: null,
  validUntil: null,
  active: true,
}

const originalTz = process.env.TZ

afterEach(() => {
  process.env.TZ = originalTz
})

describe('slot plans', () => {
  it('cuts each time range into whole slots at Shanghai wall-clock times', () => {
    const slots = planSlots(lawyerOnDuty, '2026-11-04', '2026-11-04', CHINA_HOLIDAY_CALENDAR)
    expect(slots.map(slot => `${slot.startMinute / 60}`)).toEqual(['9', '9.5', '10', '10.5', '11', '14.5', '15', '15.5'])
    const first = slots[0]
    // 09:00 in Shanghai is 01:00 UTC.
    expect(new Date(first?.startsAt ?? 0).toISOString()).toBe('2026-11-04T01:00:00.000Z')
    expect(new Date(first?.endsAt ?? 0).toISOString()).toBe('2026-11-04T01:30:00.000Z')
    expect(first).toMatchObject({ id: 'ro-lawyer-20261104-0900', capacity: 2, room: '职工服务中心一楼接待室', hostUserId: 'u-lawyer', day: '2026-11-04' })
    // 11:00–11:30 fits; 11:30 is the end of the range, so nothing starts there.
    expect(slots.some(slot => slot.id === slotIdFor('ro-lawyer', '2026-11-04', 11 * 60 + 30))).toBe(false)
  })

  it('leaves out a remainder too short for a slot', () => {
    const slots = planSlots({ ...lawyerOnDuty, ranges: [{ start: '09:00', end: '10:50' }], slotMinutes: 45 }, '2026-11-04', '2026-11-04', NO_HOLIDAYS)
    expect(slots.map(slot => [slot.startMinute, slot.endMinute])).toEqual([
      [540, 585],
      [585, 630],
    ])
  })

  it('gives the same instants whatever time zone the server runs in', () => {
    process.env.TZ = 'UTC'
    const inUtc = planSlots(lawyerOnDuty, '2026-11-01', '2026-11-14', CHINA_HOLIDAY_CALENDAR)
    process.env.TZ = 'America/Los_Angeles'
    const inLosAngeles = planSlots(lawyerOnDuty, '2026-11-01', '2026-11-14', CHINA_HOLIDAY_CALENDAR)
    process.env.TZ = 'Asia/Kolkata'
    const inKolkata = planSlots(lawyerOnDuty, '2026-11-01', '2026-11-14', CHINA_HOLIDAY_CALENDAR)
    expect(inLosAngeles).toEqual(inUtc)
    expect(inKolkata).toEqual(inUtc)
  })

  it('puts a slot late in the Shanghai evening on its Shanghai day, though it is still the day before in UTC', () => {
    const evening = planSlots({ ...lawyerOnDuty, days: { kind: 'dates', dates: ['2026-11-05'] }, ranges: [{ start: '07:00', end: '08:00' }], slotMinutes: 60 }, '2026-11-04', '2026-11-06', NO_HOLIDAYS)
    expect(evening).toHaveLength(1)
    expect(evening[0]?.day).toBe('2026-11-05')
    expect(new Date(evening[0]?.startsAt ?? 0).toISOString()).toBe('2026-11-04T23:00:00.000Z')
  })

  it('runs a workday roster Monday to Friday, not on statutory holidays, and on 调休 make-up Saturdays and Sundays', () => {
    // National Day 2026: 10-01..10-07 off; Sunday 09-20 and Saturday 10-10 are working days.
    const days = new Set(planSlots(lawyerOnDuty, '2026-09-19', '2026-10-11', CHINA_HOLIDAY_CALENDAR).map(slot => slot.day))
    expect(days.has('2026-09-19')).toBe(false) // Saturday
    expect(days.has('2026-09-20')).toBe(true) // Sunday, make-up working day
    expect(days.has('2026-09-21')).toBe(true) // Monday
    expect(days.has('2026-09-25')).toBe(false) // Friday, 中秋节
    for (let day = 1; day <= 7; day += 1) expect(days.has(`2026-10-0${day}`)).toBe(false)
    expect(days.has('2026-10-08')).toBe(true)
    expect(days.has('2026-10-10')).toBe(true) // Saturday, make-up working day
    expect(days.has('2026-10-11')).toBe(false) // Sunday
  })

  it('skips holidays on a weekly roster unless it runs on holidays, and keeps listed dates even on a holiday', () => {
    const wednesdays = { ...lawyerOnDuty, days: { kind: 'weekly' as const, weekdays: [3 as const], onHolidays: false } }
    expect([...new Set(planSlots(wednesdays, '2026-09-28', '2026-10-18', CHINA_HOLIDAY_CALENDAR).map(slot => slot.day))]).toEqual(['2026-09-30', '2026-10-14'])
    const evenOnHolidays = { ...wednesdays, days: { ...wednesdays.days, onHolidays: true } }
    expect([...new Set(planSlots(evenOnHolidays, '2026-09-28', '2026-10-18', CHINA_HOLIDAY_CALENDAR).map(slot => slot.day))]).toEqual(['2026-09-30', '2026-10-07', '2026-10-14'])
    const chosen = { ...lawyerOnDuty, days: { kind: 'dates' as const, dates: ['2026-10-03', '2026-10-20'] } }
    expect([...new Set(planSlots(chosen, '2026-10-01', '2026-10-31', CHINA_HOLIDAY_CALENDAR).map(slot => slot.day))]).toEqual(['2026-10-03', '2026-10-20'])
  })

  it('keeps to the rule’s own first and last day, and makes nothing for an inactive rule', () => {
    const bounded = { ...lawyerOnDuty, validFrom: '2026-11-04', validUntil: '2026-11-05' }
    expect([...new Set(planSlots(bounded, '2026-11-02', '2026-11-13', NO_HOLIDAYS).map(slot => slot.day))]).toEqual(['2026-11-04', '2026-11-05'])
    expect(planSlots({ ...lawyerOnDuty, active: false }, '2026-11-02', '2026-11-13', NO_HOLIDAYS)).toEqual([])
  })

  it('makes the same ids when planned again, so materialising twice adds nothing', () => {
    const once = planSlots(lawyerOnDuty, '2026-11-01', '2026-11-14', CHINA_HOLIDAY_CALENDAR).map(slot => slot.id)
    const twice = planSlots(lawyerOnDuty, '2026-11-01', '2026-11-14', CHINA_HOLIDAY_CALENDAR).map(slot => slot.id)
    expect(new Set(once).size).toBe(once.length)
    expect(twice).toEqual(once)
  })

  it('knows which working days are official and which years the calendar cannot vouch for', () => {
    expect(isOfficialWorkday('2026-10-10', CHINA_HOLIDAY_CALENDAR)).toBe(true)
    expect(isOfficialWorkday('2026-10-05', CHINA_HOLIDAY_CALENDAR)).toBe(false)
    expect(uncoveredYears('2026-12-25', '2027-01-07', CHINA_HOLIDAY_CALENDAR)).toEqual([2027])
    expect(uncoveredYears('2026-11-01', '2026-11-14', CHINA_HOLIDAY_CALENDAR)).toEqual([])
  })
})
