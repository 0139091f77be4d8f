import type { MonthlyFigures } from './monthly-figures'

/** One bar chart of the report: drawn on the staff page (F2) and as an image in the Word file (ECharts). */
export interface ReportChart {
  readonly key: 'cases-by-type' | 'stations-by-district'
  readonly title: string
  /** What one bar counts, for the axis and the figures table. */
  readonly unit: string
  readonly bars: readonly { readonly label: string; readonly value: number }[]
}

/**
 * The charts where people would rather look than read: the month's cases by type and the open stations
 * by district. Both charts and their figures tables are drawn from this one list, so they always agree.
 */
export function reportCharts(figures: MonthlyFigures): ReportChart[] {
  return [
    {
      key: 'cases-by-type',
      title: '本月来访案件类型',
      unit: '件',
      bars: figures.legal.byType.map(row => ({ label: row.label, value: row.received })),
    },
    {
      key: 'stations-by-district',
      title: '开放驿站按区县',
      unit: '家',
      bars: figures.stations.openByDistrict.map(row => ({ label: row.district, value: row.count })),
    },
  ]
}
