import type { MonthlyFigures, Tally } from '../../../domain/reports/monthly-figures'
import { addMonths, monthWords, type MonthKey } from '../../../domain/reports/report-month'

/** One figure as the page shows it: what it counts, this month and this year so far, with the unit. */
export interface FigureRow {
  readonly label: string
  readonly month: string
  readonly yearToDate: string
}

export interface FigureSection {
  readonly key: 'legal' | 'stations' | 'training' | 'bulletins' | 'messages'
  readonly title: string
  readonly rows: readonly FigureRow[]
}

/** 2026年11月. */
export function monthLabel(month: MonthKey): string {
  const { year, month: number } = monthWords(month)
  return `${year}年${number}月`
}

/** The month a report opens on: the one asked for in the address, else the month just ended. */
export function initialReportMonth(asked: string | undefined, today: string): MonthKey {
  if (asked !== undefined && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked)) return asked
  return addMonths(today.slice(0, 7), -1)
}

function row(label: string, tally: Tally, unit: string): FigureRow {
  return { label, month: `${tally.month}${unit}`, yearToDate: `${tally.yearToDate}${unit}` }
}

function percent(value: number | null): string {
  return value === null ? '—' : `${value}%`
}

/** The figures in the page's sections, in the order the bulletin tells them. */
export function figureSections(figures: MonthlyFigures): FigureSection[] {
  const { legal, stations, training, bulletins, messages } = figures
  return [
    {
      key: 'legal',
      title: '法律援助',
      rows: [
        row('预约', legal.booked, '人次'),
        row('接待来访职工', legal.received, '人'),
        row('未到场', legal.noShows, '人次'),
        { label: '未到场率', month: percent(legal.noShowRate.month), yearToDate: percent(legal.noShowRate.yearToDate) },
        row('办结案件', legal.closed, '件'),
        row('化解案件', legal.resolved, '件'),
      ],
    },
    {
      key: 'stations',
      title: '户外职工爱心驿站',
      rows: [row('新建驿站', stations.added, '家'), row('实地核实', stations.verified, '家'), row('职工反映问题', stations.reported, '条'), row('整改解决', stations.fixed, '条')],
    },
    {
      key: 'training',
      title: '职工技能培训',
      rows: [
        row('举办培训和竞赛', training.coursesHeld, '期'),
        row('报名', training.signUps, '人次'),
        row('取得名额', training.enrolled, '人'),
        row('参加培训', training.attended, '人'),
        row('结业', training.completed, '人'),
      ],
    },
    { key: 'bulletins', title: '资讯', rows: [row('发布', bulletins.published, '期'), row('阅读', bulletins.reads, '人次')] },
    {
      key: 'messages',
      title: '服务提醒',
      rows: [row('微信送达', messages.sent, '条'), row('只放进“消息”', messages.fellBack, '条'), row('待发送', messages.queued, '条')],
    },
  ]
}
