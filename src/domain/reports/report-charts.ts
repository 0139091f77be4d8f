import type { MonthlyFigures } from './monthly-figures'

/** One bar chart of the report: drawn on the staff page (F2) and as an image in the Word file (ECharts). */
export interface ReportChart {
  readonly key: 'cases-by-type' | 'stations-by-district' | 'sign-ups-by-day'
  readonly title: string
  /** What one bar counts, for the axis and the figures table. */
  readonly unit: string
  readonly bars: readonly { readonly label: string; readonly value: number }[]
  /** Too many bars to name each and print each zero (a bar a day): show some labels and only the figures above 0. */
  readonly dense: boolean
}

/** More bars than this are too many to name each on a phone or a printed page. */
const DENSE_BARS = 12

function chart(key: ReportChart['key'], title: string, unit: string, bars: ReportChart['bars']): ReportChart {
  return { key, title, unit, bars, dense: bars.length > DENSE_BARS }
}

/**
 * The charts where people would rather look than read: the month's cases by type, the open stations by
 * district, and training sign-ups day by day over the month. Both charts and their figures tables are drawn from this one list, so they always agree.
 */
export function reportCharts(figures: MonthlyFigures): ReportChart[] {
  return [
    chart('cases-by-type', '本月来访案件类型', '件', figures.legal.byType.map(row => ({ label: row.label, value: row.received }))),
    chart('stations-by-district', '开放驿站按区县', '家', figures.stations.openByDistrict.map(row => ({ label: row.district, value: row.count }))),
    chart('sign-ups-by-day', '本月每天培训报名人数', '人', figures.training.signUpsByDay.map(row => ({ label: `${Number(row.day.slice(8))}日`, value: row.count }))),
  ]
}
