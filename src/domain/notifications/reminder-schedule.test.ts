import { describe, expect, it } from 'vitest'
import { reminderAction, reminderRunAt, reminderRunDay } from './reminder-schedule'

describe('the daily reminder run', () => {
  it('is due at 08:00 Shanghai time: before it, yesterday’s run is the latest', () => {
    expect(reminderRunDay(new Date('2026-05-01T23:59:00.000Z'))).toBe('2026-05-01') // 07:59 on 5月2日
    expect(reminderRunDay(new Date('2026-05-02T00:00:00.000Z'))).toBe('2026-05-02') // 08:00
    expect(reminderRunDay(new Date('2026-05-02T15:59:00.000Z'))).toBe('2026-05-02') // 23:59
    expect(reminderRunAt('2026-05-02').toISOString()).toBe('2026-05-02T00:00:00.000Z')
  })

  it('reminds what is tomorrow and what is today, keeps what is later, and lets the past expire', () => {
    expect(reminderAction('2026-05-03', '2026-05-02')).toBe('remind')
    expect(reminderAction('2026-05-02', '2026-05-02')).toBe('remind')
    expect(reminderAction('2026-05-04', '2026-05-02')).toBe('later')
    expect(reminderAction('2026-05-01', '2026-05-02')).toBe('expire')
    expect(reminderAction('2026-06-01', '2026-05-31')).toBe('remind')
  })
})
