import { closuresRepository } from '../../cloudfunctions/legalAid/closures-repository'
import type { RosterDocument } from '../../cloudfunctions/legalAid/legal-documents'
import { materialiseRoster } from '../../cloudfunctions/legalAid/materialise-slots'
import { rostersRepository } from '../../cloudfunctions/legalAid/rosters-repository'
import { slotsRepository } from '../../cloudfunctions/legalAid/slots-repository'
import type { Database } from '../../cloudfunctions/runtime/cloudbase-app'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { DEFAULT_LEGAL_AID_SETTINGS } from '../../src/domain/legal-aid/legal-aid-settings'
import { buildHolidayCalendar, CHINA_HOLIDAY_PERIODS } from '../../src/domain/stations/holiday-calendar'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'

/**
 * The reception room as the service centre ran it (工作简报 2017 第10期, item 3): a lawyer on duty every
 * working day, morning and afternoon, and the chairman's reception day on Wednesday mornings.
 */
export function demoRosters(now: Date): RosterDocument[] {
  const common = { validFrom: null, validUntil: null, active: true, createdAt: now, updatedAt: now }
  return [
    {
      _id: 'ro-demo-lawyer',
      serviceKey: 'lawyer-on-duty',
      days: { kind: 'workdays' },
      ranges: [
        { start: '09:00', end: '11:30' },
        { start: '14:30', end: '17:00' },
      ],
      slotMinutes: 30,
      placesPerSlot: 2,
      room: '职工服务中心一楼接待室',
      hostUserId: userIdFor('demo-lawyer'),
      hostName: '王律师',
      ...common,
    },
    {
      _id: 'ro-demo-chairman',
      serviceKey: 'chairman-reception',
      days: { kind: 'weekly', weekdays: [3], onHolidays: false },
      ranges: [{ start: '09:00', end: '11:00' }],
      slotMinutes: 60,
      placesPerSlot: 3,
      room: '职工服务中心二楼会议室',
      hostUserId: userIdFor('demo-staff'),
      hostName: '李干事',
      ...common,
    },
  ]
}

/** The demo rosters and their slots for the booking horizon (the daily timer keeps them going). */
export async function seedLegalAidDemo(db: Database, now: Date): Promise<number> {
  const rosters = demoRosters(now)
  const added = await rostersRepository(db).seed(rosters)
  const today = shanghaiDateKey(now)
  const window = { firstDay: today, lastDay: addDays(today, DEFAULT_LEGAL_AID_SETTINGS.horizonDays - 1) }
  const deps = { slots: slotsRepository(db), closures: closuresRepository(db) }
  const calendar = buildHolidayCalendar(CHINA_HOLIDAY_PERIODS)
  for (const roster of rosters) await materialiseRoster(deps, roster, window, calendar, now)
  return added
}
