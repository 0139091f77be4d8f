import { describe, expect, it } from 'vitest'
import type { CaseFacts } from '../legal-aid/case-statistics'
import { monthlyFigures, type EnrollmentFacts, type ReportFacts } from './monthly-figures'

const NOTHING: ReportFacts = { stations: [], openStationsByDistrict: [], stationReports: [], cases: [], bulletins: [], messages: [], courses: [], enrollments: [] }

const received = (month: string, extra: Partial<CaseFacts> = {}): CaseFacts => ({
  caseType: 'unpaid-wages', status: 'attended', month, received: true, outcome: null, closedMonth: null, ...extra,
})

describe('monthly figures', () => {
  it('answers zeros everywhere for a month with nothing in it', () => {
    const figures = monthlyFigures(NOTHING, '2026-11')
    expect(figures.stations).toEqual({
      added: { month: 0, yearToDate: 0 }, verified: { month: 0, yearToDate: 0 }, reported: { month: 0, yearToDate: 0 }, fixed: { month: 0, yearToDate: 0 },
      openByDistrict: [], openTotal: 0,
    })
    expect(figures.legal).toMatchObject({ booked: { month: 0, yearToDate: 0 }, received: { month: 0, yearToDate: 0 }, resolved: { month: 0, yearToDate: 0 }, noShowRate: { month: null, yearToDate: null } })
    expect(figures.legal.byType.every(row => row.received === 0)).toBe(true)
    expect(figures.bulletins).toEqual({ published: { month: 0, yearToDate: 0 }, reads: { month: 0, yearToDate: 0 } })
    expect(figures.messages).toEqual({ sent: { month: 0, yearToDate: 0 }, fellBack: { month: 0, yearToDate: 0 }, queued: { month: 0, yearToDate: 0 } })
  })

  it('counts a case received in one month and resolved in the next in each month, and once in the year', () => {
    const facts: ReportFacts = { ...NOTHING, cases: [received('2026-10', { status: 'closed', outcome: 'settled', closedMonth: '2026-11' })] }
    const october = monthlyFigures(facts, '2026-10').legal
    const november = monthlyFigures(facts, '2026-11').legal
    expect([october.received, october.resolved]).toEqual([{ month: 1, yearToDate: 1 }, { month: 0, yearToDate: 0 }])
    expect([november.received, november.resolved, november.closed]).toEqual([{ month: 0, yearToDate: 1 }, { month: 1, yearToDate: 1 }, { month: 1, yearToDate: 1 }])
    expect(november.byOutcome.find(row => row.outcome === 'settled')?.count).toBe(1)
  })

  it('starts the year-to-date figures in January and leaves out later months', () => {
    const facts: ReportFacts = {
      ...NOTHING,
      cases: [received('2025-12'), received('2026-01'), received('2026-03'), received('2026-12'), { ...received('2026-03'), status: 'no-show', received: false }],
      stations: [
        { addedOn: '2025-12-31', lastVerifiedOn: '2026-03-02' },
        { addedOn: '2026-03-01', lastVerifiedOn: null },
        { addedOn: '2026-04-01', lastVerifiedOn: '2026-04-02' },
      ],
    }
    const march = monthlyFigures(facts, '2026-03')
    expect(march.legal.received).toEqual({ month: 1, yearToDate: 2 })
    expect(march.legal.noShows).toEqual({ month: 1, yearToDate: 1 })
    expect(march.legal.noShowRate).toEqual({ month: 50, yearToDate: 33 })
    expect(march.stations.added).toEqual({ month: 1, yearToDate: 1 })
    expect(march.stations.verified).toEqual({ month: 1, yearToDate: 1 })
  })

  it('counts reports by the day filed and fixes by the day settled, and stations by district with the unnamed last', () => {
    const facts: ReportFacts = {
      ...NOTHING,
      stationReports: [
        { reportedOn: '2026-10-30', resolvedOn: '2026-11-02' },
        { reportedOn: '2026-11-05', resolvedOn: null },
        { reportedOn: '2026-11-06', resolvedOn: '2026-11-20' },
      ],
      openStationsByDistrict: [{ district: null, count: 4 }, { district: '荆州区', count: 2 }, { district: '沙市区', count: 5 }, { district: '', count: 1 }],
    }
    const figures = monthlyFigures(facts, '2026-11').stations
    expect(figures.reported).toEqual({ month: 2, yearToDate: 3 })
    expect(figures.fixed).toEqual({ month: 2, yearToDate: 2 })
    expect(figures.openByDistrict).toEqual([{ district: '沙市区', count: 5 }, { district: '荆州区', count: 2 }, { district: '未填区县', count: 5 }])
    expect(figures.openTotal).toBe(12)
  })

  it('sums bulletin reads and messages by what became of them', () => {
    const facts: ReportFacts = {
      ...NOTHING,
      bulletins: [{ publishedOn: '2026-11-03', readCount: 40 }, { publishedOn: '2026-09-03', readCount: 7 }],
      messages: [
        { day: '2026-11-01', state: 'sent', count: 3 },
        { day: '2026-11-02', state: 'failed', count: 1 },
        { day: '2026-11-02', state: 'inbox-only', count: 2 },
        { day: '2026-11-30', state: 'queued', count: 1 },
        { day: '2026-10-31', state: 'sent', count: 5 },
        { day: '2026-12-01', state: 'sent', count: 9 },
      ],
    }
    const figures = monthlyFigures(facts, '2026-11')
    expect(figures.bulletins).toEqual({ published: { month: 1, yearToDate: 2 }, reads: { month: 40, yearToDate: 47 } })
    expect(figures.messages).toEqual({ sent: { month: 3, yearToDate: 8 }, fellBack: { month: 3, yearToDate: 3 }, queued: { month: 1, yearToDate: 1 } })
  })
})

describe('training figures', () => {
  const enrollment = (signedUpOn: string, extra: Partial<EnrollmentFacts> = {}): EnrollmentFacts => ({ signedUpOn, enrolledOn: null, attendedOn: [], completedOn: null, ...extra })

  it('counts a course in each month it has a session and once in the year, and leaves cancelled ones out', () => {
    const facts: ReportFacts = {
      ...NOTHING,
      courses: [
        { sessionDays: ['2026-10-30', '2026-11-02'], cancelled: false },
        { sessionDays: ['2026-11-05'], cancelled: true },
        { sessionDays: ['2025-12-20'], cancelled: false },
      ],
    }
    expect(monthlyFigures(facts, '2026-10').training.coursesHeld).toEqual({ month: 1, yearToDate: 1 })
    expect(monthlyFigures(facts, '2026-11').training.coursesHeld).toEqual({ month: 1, yearToDate: 1 })
  })

  it('counts sign-ups, places, people who came and completions, and the sign-ups of each day of the month', () => {
    const facts: ReportFacts = {
      ...NOTHING,
      enrollments: [
        enrollment('2026-10-28', { enrolledOn: '2026-10-28', attendedOn: ['2026-11-10', '2026-11-17'], completedOn: '2026-11-17' }),
        enrollment('2026-11-02', { enrolledOn: '2026-11-04', attendedOn: ['2026-11-10'] }),
        enrollment('2026-11-02'),
      ],
    }
    const { signUpsByDay, ...figures } = monthlyFigures(facts, '2026-11').training
    expect(figures).toEqual({
      coursesHeld: { month: 0, yearToDate: 0 },
      signUps: { month: 2, yearToDate: 3 },
      enrolled: { month: 1, yearToDate: 2 },
      attended: { month: 2, yearToDate: 2 },
      completed: { month: 1, yearToDate: 1 },
    })
    expect(signUpsByDay).toHaveLength(30)
    expect(signUpsByDay[1]).toEqual({ day: '2026-11-02', count: 2 })
    expect(signUpsByDay.reduce((total, row) => total + row.count, 0)).toBe(2)
  })
})
