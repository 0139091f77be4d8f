import { describe, expect, it } from 'vitest'
import { monthlyFigures } from '../../domain/reports/monthly-figures'
import { figureSections, initialReportMonth, monthLabel } from './model/report-view'

describe('工作统计 view model', () => {
  it('opens on the month asked for, else the month just ended, across a year boundary', () => {
    expect(initialReportMonth('2026-11', '2026-12-04')).toBe('2026-11')
    expect(initialReportMonth(undefined, '2027-01-03')).toBe('2026-12')
    expect(initialReportMonth('2026-13', '2026-12-04')).toBe('2026-11')
    expect(monthLabel('2026-09')).toBe('2026年9月')
  })

  it('writes each figure with its unit, and a no-show rate with nothing due as a dash', () => {
    const figures = monthlyFigures(
      { stations: [], openStationsByDistrict: [], stationReports: [], bulletins: [], messages: [], courses: [], enrollments: [], cases: [{ caseType: 'work-injury', status: 'attended', month: '2026-11', received: true, outcome: null, closedMonth: null }] },
      '2026-11',
    )
    const sections = figureSections(figures)
    expect(sections.map(section => section.title)).toEqual(['法律援助', '户外职工爱心驿站', '职工技能培训', '资讯', '服务提醒'])
    const legal = sections[0]?.rows ?? []
    expect(legal.find(row => row.label === '接待来访职工')).toEqual({ label: '接待来访职工', month: '1人', yearToDate: '1人' })
    expect(legal.find(row => row.label === '未到场率')).toEqual({ label: '未到场率', month: '0%', yearToDate: '0%' })
    const empty = figureSections(monthlyFigures({ stations: [], openStationsByDistrict: [], stationReports: [], bulletins: [], messages: [], courses: [], enrollments: [], cases: [] }, '2026-11'))
    expect(empty[0]?.rows.find(row => row.label === '未到场率')).toEqual({ label: '未到场率', month: '—', yearToDate: '—' })
  })
})
