import { userIdFor } from '../../cloudfunctions/runtime/identity'

/**
 * An evening roster of 李干事 for the lawyer on duty on one day, 18:00–19:30 in three 30-minute slots of two
 * places: no demo roster runs then, so its slots are the only ones at those times.
 */
export function eveningRosterRule(day: string) {
  return {
    serviceKey: 'lawyer-on-duty',
    days: { kind: 'dates', dates: [day] },
    ranges: [{ start: '18:00', end: '19:30' }],
    slotMinutes: 30,
    placesPerSlot: 2,
    room: '职工服务中心一楼接待室',
    hostUserId: userIdFor('demo-staff'),
    validFrom: null,
    validUntil: null,
    active: true,
  }
}
