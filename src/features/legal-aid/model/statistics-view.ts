import type { StatisticsAnswer } from '../../../domain/contracts/legal-aid'
import type { MonthFigures } from '../../../domain/legal-aid/case-statistics'
import { shanghaiDateKey } from '../../../domain/time/shanghai-time'

export interface MonthRange {
  readonly from: string
  readonly to: string
}

/** This year's January to this month, Shanghai time: what the union reports on. */
export function defaultStatisticsRange(nowMs: number): MonthRange {
  const month = shanghaiDateKey(nowMs).slice(0, 7)
  return { from: `${month.slice(0, 4)}-01`, to: month }
}

/** `2026-09` → `2026年9月`. */
export function monthWords(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
}

/** The range in words: one month, or from one to another. */
export function rangeWords(range: MonthRange): string {
  return range.from === range.to ? monthWords(range.from) : `${monthWords(range.from)}至${monthWords(range.to)}`
}

/**
 * 未到场率: of the people due who either came or did not, the share who did not; cancelled and still
 * upcoming bookings are neither. Null when nobody was due, since 0% would claim everyone came.
 */
export function noShowRate(figures: Pick<MonthFigures, 'received' | 'noShows'>): string | null {
  const due = figures.received + figures.noShows
  if (due === 0) return null
  return `${Math.round((figures.noShows / due) * 100)}%`
}

export interface FigureRow {
  readonly key: string
  readonly cells: readonly string[]
  /** The row read out with its column names, since a screen reader in WeChat has no table to follow. */
  readonly spoken: string
}

export interface FigureTable {
  readonly title: string
  readonly columns: readonly string[]
  readonly rows: readonly FigureRow[]
}

function row(key: string, columns: readonly string[], cells: readonly (string | number)[]): FigureRow {
  const texts = cells.map(String)
  return { key, cells: texts, spoken: `${texts[0] ?? ''}：${columns.slice(1).map((column, index) => `${column} ${texts[index + 1] ?? ''}`).join('，')}` }
}

const MONTH_COLUMNS = ['月份', '预约', '接待', '未到场', '在办', '办结', '化解'] as const
const TYPE_COLUMNS = ['事项', '接待', '在办', '办结', '化解'] as const
const OUTCOME_COLUMNS = ['办理结果', '件数'] as const

function monthCells(label: string, figures: Omit<MonthFigures, 'month'>): (string | number)[] {
  return [label, figures.booked, figures.received, figures.noShows, figures.open, figures.closed, figures.resolved]
}

/** The headline figures of the range, each a number in words (0 reads 0, never blank). */
export function headlineFigures(answer: StatisticsAnswer): { readonly label: string; readonly value: string }[] {
  const { totals } = answer
  return [
    { label: '接待', value: `${totals.received} 人次` },
    { label: '办结', value: `${totals.closed} 件` },
    { label: '其中化解', value: `${totals.resolved} 件` },
    { label: '在办', value: `${totals.open} 件` },
    { label: '预约', value: `${totals.booked} 个` },
    { label: '未到场率', value: noShowRate(totals) ?? '暂无到期的预约' },
  ]
}

/** The figures as tables: by month (with the total), by case type and by outcome; every month of the range listed. */
export function statisticsTables(answer: StatisticsAnswer): FigureTable[] {
  return [
    {
      title: '按月份',
      columns: MONTH_COLUMNS,
      rows: [...answer.months.map(month => row(month.month, MONTH_COLUMNS, monthCells(monthWords(month.month), month))), row('total', MONTH_COLUMNS, monthCells('合计', answer.totals))],
    },
    {
      title: '按事项',
      columns: TYPE_COLUMNS,
      rows: answer.byType.map(type => row(type.caseType, TYPE_COLUMNS, [type.label, type.received, type.open, type.closed, type.resolved])),
    },
    {
      title: '按办理结果',
      columns: OUTCOME_COLUMNS,
      rows: answer.byOutcome.map(outcome => row(outcome.outcome, OUTCOME_COLUMNS, [outcome.label, outcome.count])),
    },
  ]
}

/** A month as typed, `2026-9` or `2026年9月`, as the function takes it (`2026-09`); other text is sent as typed, for its own answer. */
export function monthTyped(text: string): string {
  const match = /^\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?\s*$/.exec(text)
  if (match === null) return text.trim()
  return `${match[1]}-${(match[2] ?? '').padStart(2, '0')}`
}
