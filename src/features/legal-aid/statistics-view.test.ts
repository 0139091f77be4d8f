import { describe, expect, it } from 'vitest'
import type { StatisticsAnswer } from '../../domain/contracts/legal-aid'
import { caseStatistics, type CaseFacts } from '../../domain/legal-aid/case-statistics'
import { defaultStatisticsRange, headlineFigures, monthTyped, noShowRate, rangeWords, statisticsTables } from './model/statistics-view'

const base: CaseFacts = { caseType: 'unpaid-wages', status: 'closed', month: '2026-10', received: true, outcome: 'settled', closedMonth: '2026-10' }

function answer(cases: readonly CaseFacts[], from: string, to: string): StatisticsAnswer {
  return { from, to, ...caseStatistics(cases, from, to) }
}

describe('the statistics page', () => {
  it('opens on this year’s January to this month, in Shanghai, also on the last evening of a year', () => {
    expect(defaultStatisticsRange(Date.parse('2026-12-04T06:00:00Z'))).toEqual({ from: '2026-01', to: '2026-12' })
    // 2026-12-31 17:00 UTC is already 1 January 2027 in Shanghai.
    expect(defaultStatisticsRange(Date.parse('2026-12-31T17:00:00Z'))).toEqual({ from: '2027-01', to: '2027-01' })
  })

  it('reads months as staff type them', () => {
    expect(monthTyped(' 2026-9 ')).toBe('2026-09')
    expect(monthTyped('2026年10月')).toBe('2026-10')
    expect(monthTyped('去年')).toBe('去年')
  })

  it('lists every month of the range, an empty one with 0 in every column, and the total', () => {
    const figures = answer([base, { ...base, status: 'no-show', received: false, outcome: null, closedMonth: null }], '2026-09', '2026-10')
    const [byMonth] = statisticsTables(figures)
    expect(byMonth?.columns).toEqual(['月份', '预约', '接待', '未到场', '在办', '办结', '化解'])
    expect(byMonth?.rows.map(row => row.cells)).toEqual([
      ['2026年9月', '0', '0', '0', '0', '0', '0'],
      ['2026年10月', '2', '1', '1', '0', '1', '1'],
      ['合计', '2', '1', '1', '0', '1', '1'],
    ])
    expect(byMonth?.rows[0]?.spoken).toBe('2026年9月：预约 0，接待 0，未到场 0，在办 0，办结 0，化解 0')
  })

  it('gives each case type and outcome a row, 0 where nothing happened', () => {
    const [, byType, byOutcome] = statisticsTables(answer([base], '2026-10', '2026-10'))
    expect(byType?.rows.map(row => row.cells)).toContainEqual(['欠薪', '1', '0', '1', '1'])
    expect(byType?.rows.map(row => row.cells)).toContainEqual(['工伤', '0', '0', '0', '0'])
    expect(byOutcome?.rows.map(row => row.cells)).toContainEqual(['调解解决', '1'])
    expect(byOutcome?.rows.map(row => row.cells)).toContainEqual(['未能解决', '0'])
  })

  it('gives the no-show rate of the people who were due, and none when nobody was', () => {
    expect(noShowRate({ received: 3, noShows: 1 })).toBe('25%')
    expect(noShowRate({ received: 0, noShows: 0 })).toBeNull()
    expect(headlineFigures(answer([], '2026-10', '2026-10'))).toContainEqual({ label: '未到场率', value: '暂无到期的预约' })
    expect(headlineFigures(answer([base], '2026-10', '2026-10')).slice(0, 4)).toEqual([
      { label: '接待', value: '1 人次' },
      { label: '办结', value: '1 件' },
      { label: '其中化解', value: '1 件' },
      { label: '在办', value: '0 件' },
    ])
    expect(rangeWords({ from: '2026-01', to: '2026-12' })).toBe('2026年1月至2026年12月')
  })
})
