import { describe, expect, it } from 'vitest'
import { caseStatistics, monthsBetween, type CaseFacts } from './case-statistics'

const base: CaseFacts = { caseType: 'unpaid-wages', status: 'booked', month: '2026-09', received: false, outcome: null, closedMonth: null }

describe('case statistics', () => {
  it('lists every month of the range, a year boundary included', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
  })

  it('counts bookings, people received, no-shows and cancellations by appointment month, and closings by the month closed', () => {
    const cases: CaseFacts[] = [
      { ...base },
      { ...base, status: 'no-show' },
      { ...base, status: 'cancelled' },
      { ...base, status: 'attended', received: true },
      { ...base, caseType: 'work-injury', status: 'closed', received: true, outcome: 'settled', closedMonth: '2026-10' },
      { ...base, caseType: 'work-injury', status: 'closed', received: true, outcome: 'arbitration', closedMonth: '2026-09' },
      { ...base, caseType: 'dismissal', month: '2026-10', status: 'closed', received: true, outcome: 'advised', closedMonth: '2026-10' },
      { ...base, month: '2026-08', status: 'closed', received: true, outcome: 'settled', closedMonth: '2026-08' },
    ]
    const figures = caseStatistics(cases, '2026-09', '2026-10')
    expect(figures.months).toEqual([
      { month: '2026-09', booked: 6, received: 3, noShows: 1, cancelled: 1, open: 1, closed: 1, resolved: 0 },
      { month: '2026-10', booked: 1, received: 1, noShows: 0, cancelled: 0, open: 0, closed: 2, resolved: 2 },
    ])
    expect(figures.totals).toEqual({ booked: 7, received: 4, noShows: 1, cancelled: 1, open: 1, closed: 3, resolved: 2 })
    expect(figures.byType.find(row => row.caseType === 'work-injury')).toMatchObject({ label: '工伤', received: 2, closed: 2, resolved: 1 })
    expect(figures.byType.find(row => row.caseType === 'unpaid-wages')).toMatchObject({ received: 1, open: 1, closed: 0 })
    expect(figures.byOutcome.filter(row => row.count > 0).map(row => [row.label, row.count])).toEqual([
      ['调解解决', 1],
      ['咨询已解答', 1],
      ['引导劳动仲裁', 1],
    ])
  })

  it('counts a case received and not yet closed as still open (在办), by the month it was received in', () => {
    const cases: CaseFacts[] = [
      { ...base, status: 'attended', received: true },
      { ...base, status: 'mediating', received: true },
      { ...base, caseType: 'social-insurance', status: 'assigned', received: true },
      { ...base, status: 'booked' },
      { ...base, status: 'no-show' },
      { ...base, status: 'closed', received: true, outcome: 'settled', closedMonth: '2026-09' },
    ]
    const figures = caseStatistics(cases, '2026-09', '2026-09')
    expect(figures.totals).toMatchObject({ booked: 6, received: 4, open: 3, closed: 1 })
    expect(figures.byType.filter(row => row.open > 0).map(row => [row.label, row.open])).toEqual([
      ['欠薪', 2],
      ['社保', 1],
    ])
  })
})
